package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a {@code double} field holding a dropout keep probability. The harness sets it to 1.0
 * (dropout off) for the check and restores the original value afterwards, also when the check fails.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface KeepProb {
}
