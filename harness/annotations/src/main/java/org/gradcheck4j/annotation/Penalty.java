package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a no-argument method returning a {@code double} regularisation term that the harness adds
 * to the cost, for example {@code λ/(2m) · Σ_l ‖W[l]‖²_F}. The {@link Backward} pass must include
 * its gradient in the {@link Grad} fields.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Penalty {
}
