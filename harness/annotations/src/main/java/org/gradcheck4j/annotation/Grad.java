package org.gradcheck4j.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the gradient of a {@link Param}: the field (or accessor method returning the tensor) that
 * {@link Backward} fills with dJ/dθ. It must have the same tensor type and shape as the parameter it
 * names. The gradient of a {@code Map} parameter is a {@code Map} paired with it entry by entry, by
 * key: every key of the parameter map must be present in the gradient map after {@link Backward}.
 *
 * @since 0.1.0
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Grad {

    /** The name of the {@link Param} this is the gradient of: its field's name, or its accessor's property name. */
    String value();
}
