package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a {@code java.util.Random} field the layer draws its dropout mask (or other noise) from.
 * The harness reseeds it with the same seed before every evaluation, so the mask is frozen and
 * the cost is a deterministic function of θ. A class with a {@code RandomSource} keeps its
 * {@link KeepProb} values during the check, so that the frozen mask is really checked.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RandomSource {
}
