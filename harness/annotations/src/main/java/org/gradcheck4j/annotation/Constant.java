package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a parameter of the {@link Forward} method that is an input but not differentiated, such as
 * the labels of a cost.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Constant {
}
