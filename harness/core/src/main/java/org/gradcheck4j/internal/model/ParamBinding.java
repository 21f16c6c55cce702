package org.gradcheck4j.internal.model;

import java.lang.reflect.Field;

/**
 * A {@code @Param} field and the {@code @Grad} field that holds its gradient.
 *
 * @param name the parameter field's name
 * @param param the {@code @Param} field, accessible
 * @param grad the {@code @Grad} field, accessible
 */
public record ParamBinding(String name, Field param, Field grad) {
}
