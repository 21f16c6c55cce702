package org.gradcheck4j.internal.model;

/**
 * A {@code @Param} member and the {@code @Grad} member that holds its gradient.
 *
 * @param name the parameter's name (the field's name, or the accessor's property name)
 * @param param how the parameter is read
 * @param grad how its gradient is read
 */
public record ParamBinding(String name, TensorAccess param, TensorAccess grad) {
}
