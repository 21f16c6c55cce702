package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import org.apiguardian.api.API;

/**
 * A {@code @Param} field and the {@code @Grad} field that holds its gradient.
 *
 * @param name the parameter field's name
 * @param param the {@code @Param} field, accessible
 * @param grad the {@code @Grad} field, accessible
 */
@API(status = INTERNAL, since = "0.1.0")
public record ParamBinding(String name, Field param, Field grad) {
}
