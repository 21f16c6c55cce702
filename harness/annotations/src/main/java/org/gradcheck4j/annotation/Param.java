package org.gradcheck4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a trainable tensor: a {@code double[]}, {@code double[][]}, {@code float[]},
 * {@code float[][]}, EJML {@code DMatrixRMaj} or {@code FMatrixRMaj}, a {@code List} or array of
 * these (a network's {@code W[1..L]}), or any type a registered tensor adapter understands.
 *
 * <p>On a field, or on an accessor method (no arguments) that returns the tensor, for parameters
 * kept behind getters: the returned tensor is read and written in place, so it must be the layer's
 * own, not a copy. An accessor {@code getW()} or {@code W()} names the parameter {@code W};
 * {@code getWeights()} names it {@code weights}.
 *
 * <p>A {@code Map<String, T>} of tensors (a framework's parameter table) contributes one tensor per
 * entry, in the map's iteration order, each named by its key alone ({@code 0_W}, {@code 1_b}).
 *
 * <p>All {@code @Param} tensors, fields first in declaration order (superclass fields first), then
 * accessors in name order, form the parameter vector θ. Each needs a {@link Grad} of the same type
 * and shape.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Param {
}
