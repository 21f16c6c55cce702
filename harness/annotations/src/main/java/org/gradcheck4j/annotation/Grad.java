package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks the gradient of a {@link Param}: the field that {@link Backward} fills with dJ/dθ.
 * It must have the same tensor type and shape as the parameter it names.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Grad {

    /** {@return the field name of the {@link Param} this is the gradient of} */
    String value();
}
