package org.gradcheck4j.internal.theta;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Where a parameter's gradient lives: a {@code @Grad} field, and the element index when the field
 * holds a list or array of tensors. The field is read anew after every backward pass, because
 * backward may assign a new tensor rather than fill the old one. Internal.
 *
 * @param field the {@code @Grad} field, accessible
 * @param element the list or array element, if the field holds several tensors
 */
@API(status = INTERNAL, since = "0.1.0")
public record GradientLocation(Field field, OptionalInt element) {

    /** The gradient tensor in {@code layer} now, or null when the field (or element) is null. */
    public Object read(Object layer) {
        try {
            Object value = field.get(layer);
            if (value == null || element.isEmpty()) {
                return value;
            }
            int i = element.getAsInt();
            if (value instanceof List<?> list) {
                return i < list.size() ? list.get(i) : null;
            }
            return i < Array.getLength(value) ? Array.get(value, i) : null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
