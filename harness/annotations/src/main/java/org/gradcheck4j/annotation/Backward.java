package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the backward pass. It takes dJ/dy (of the forward output's type) when {@link Forward}
 * returns a tensor, and nothing when {@link Forward} returns the cost. It must overwrite every
 * {@link Grad} field with dJ/dθ (including the gradient of any {@link Penalty}), and either return
 * dJ/dx for the first non-{@link Constant} input of the forward pass, or return {@code void}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Backward {
}
