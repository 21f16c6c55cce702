package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a trainable tensor: a {@code double[]}, {@code double[][]}, {@code float[]},
 * {@code float[][]}, EJML {@code DMatrixRMaj} or {@code FMatrixRMaj}, a {@code List} or array of
 * these (a network's {@code W[1..L]}), or any type a registered tensor adapter understands.
 *
 * <p>All {@code @Param} fields, flattened in declaration order (superclass fields first), form
 * the parameter vector θ. Each needs a {@link Grad} field of the same shape.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Param {
}
