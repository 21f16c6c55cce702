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
 * returns a tensor, one dJ/dy_k per output, in order, when it returns several (or all of them in
 * one {@link Tensors} argument), and nothing when {@link Forward} returns the cost. It must
 * overwrite every {@link Grad} with dJ/dθ (including the gradient of any {@link Penalty}), and
 * return the gradient of every non-{@link Constant} input of the forward pass: dJ/dx itself for
 * one, {@code Tensors.of(dx, dz, …)} (or a {@code List} or {@code Object[]}) in parameter order for
 * several, {@code void} for none. An input whose gradient it does not return is a configuration
 * error: return it, or mark the input {@link Constant}.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Backward {
}
