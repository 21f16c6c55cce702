package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * A {@code @Param} member and the {@code @Grad} member that holds its gradient.
 *
 * @param name the parameter's name (the field's name, or the accessor's property name)
 * @param param how the parameter is read
 * @param grad how its gradient is read
 */
@API(status = INTERNAL, since = "0.1.0")
public record ParamBinding(String name, TensorAccess param, TensorAccess grad) {
}
