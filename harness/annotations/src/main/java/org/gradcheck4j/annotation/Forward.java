package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the forward pass. Its parameters are tensors (the inputs, in the order given to
 * {@code GradCheck.input(...)}); parameters marked {@link Constant} are not differentiated.
 *
 * <p>A forward pass that returns a tensor is a layer: the harness checks the cost
 * {@code J = Σ R ⊙ forward(x)} for a fixed random tensor {@code R}, which it passes to
 * {@link Backward} as dJ/dy. A forward pass that returns a {@code double} is itself the cost J,
 * and the backward pass then takes no argument.
 *
 * <p>A layer with several outputs returns them as {@code Tensors.of(y1, y2, …)} (or a
 * {@code List} or {@code Object[]} of tensors): the cost is then {@code J = Σ_k Σ R_k ⊙ y_k}, one
 * fixed random {@code R_k} per output, and {@link Backward} receives one dJ/dy_k per output.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Forward {
}
