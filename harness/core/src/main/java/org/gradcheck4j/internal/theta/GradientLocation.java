package org.gradcheck4j.internal.theta;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.gradcheck4j.internal.model.TensorAccess;

/**
 * Where a parameter's gradient lives: a {@code @Grad} field or accessor, and the element index when
 * it holds a list or array of tensors, or the key when it holds a map. It is read anew after every
 * backward pass, because backward may assign a new tensor rather than fill the old one. Internal.
 *
 * @param access the {@code @Grad} member
 * @param element the list or array element, if the member holds several tensors
 * @param key the map entry, if the member holds a map of tensors
 */
public record GradientLocation(TensorAccess access, OptionalInt element, Optional<String> key) {

    static GradientLocation whole(TensorAccess access) {
        return new GradientLocation(access, OptionalInt.empty(), Optional.empty());
    }

    static GradientLocation element(TensorAccess access, int i) {
        return new GradientLocation(access, OptionalInt.of(i), Optional.empty());
    }

    static GradientLocation entry(TensorAccess access, String key) {
        return new GradientLocation(access, OptionalInt.empty(), Optional.of(key));
    }

    /** The gradient tensor in {@code layer} now, or null when the member (element, entry) is null or absent. */
    public Object read(Object layer) {
        Object value = access.read(layer);
        if (value == null) {
            return null;
        }
        if (key.isPresent()) {
            return value instanceof Map<?, ?> map ? map.get(key.get()) : null;
        }
        if (element.isEmpty()) {
            return value;
        }
        int i = element.getAsInt();
        if (value instanceof List<?> list) {
            return i < list.size() ? list.get(i) : null;
        }
        return value.getClass().isArray() && i < Array.getLength(value) ? Array.get(value, i) : null;
    }

    /** Whether the member holds a map that lacks this location's key. */
    public boolean missingKey(Object layer) {
        if (key.isEmpty()) {
            return false;
        }
        Object value = access.read(layer);
        return value instanceof Map<?, ?> map && !map.containsKey(key.get());
    }

    /** How the gradient is named in messages: {@code @Grad field dW}, {@code @Grad field dW[1]}, {@code @Grad method grads()["0_W"]}. */
    public String describe() {
        return access.describe() + (element.isPresent() ? "[" + element.getAsInt() + "]" : "")
                + key.map(k -> "[\"" + k + "\"]").orElse("");
    }
}
