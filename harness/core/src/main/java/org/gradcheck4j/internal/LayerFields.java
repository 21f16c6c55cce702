package org.gradcheck4j.internal;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.RandomSource;
import org.gradcheck4j.internal.tensor.BulkCopy;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * A copy of the values a layer keeps in its own fields beside θ and the gradients (caches,
 * buffers, counters), to name the fields whose values depend on the history of calls. Arrays,
 * tensors, lists and maps are copied a few levels deep; other objects are not looked into.
 */
final class LayerFields {

    private static final int DEPTH = 4;
    private static final Object UNRECORDED = new Object();

    private final Map<String, Object> values;

    private LayerFields(Map<String, Object> values) {
        this.values = values;
    }

    /** The current values of {@code layer}'s instance fields that are not {@code @Param}, {@code @Grad} or dropout controls. */
    static LayerFields of(Object layer) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> c = layer.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (recorded(f) && f.trySetAccessible()) {
                    values.putIfAbsent(f.getName(), copy(read(f, layer), DEPTH));
                }
            }
        }
        return new LayerFields(values);
    }

    /** The fields whose values differ between {@code this} and {@code other}, in declaration order. */
    List<String> differing(LayerFields other) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!Objects.deepEquals(e.getValue(), other.values.get(e.getKey()))) {
                names.add(e.getKey());
            }
        }
        return names;
    }

    private static boolean recorded(Field f) {
        return !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic() && !f.isAnnotationPresent(Param.class)
                && !f.isAnnotationPresent(Grad.class) && !f.isAnnotationPresent(KeepProb.class)
                && !f.isAnnotationPresent(RandomSource.class);
    }

    private static Object read(Field f, Object layer) {
        try {
            return f.get(layer);
        } catch (IllegalAccessException e) {
            return UNRECORDED;
        }
    }

    private static Object copy(Object value, int depth) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof String || value instanceof Enum<?>) {
            return value;
        }
        if (depth == 0) {
            return UNRECORDED;
        }
        if (value.getClass().isArray() && value.getClass().getComponentType().isPrimitive()) {
            int n = Array.getLength(value);
            Object clone = Array.newInstance(value.getClass().getComponentType(), n);
            System.arraycopy(value, 0, clone, 0, n);
            return clone;
        }
        if (value instanceof Object[] array) {
            Object[] out = new Object[array.length];
            for (int i = 0; i < array.length; i++) {
                out[i] = copy(array[i], depth - 1);
            }
            return out;
        }
        TensorAdapter adapter = TensorAdapters.forType(value.getClass()).orElse(null);
        if (adapter != null) {
            return tensor(adapter, value);
        }
        if (value instanceof Iterable<?> items) {
            List<Object> out = new ArrayList<>();
            items.forEach(v -> out.add(copy(v, depth - 1)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, copy(v, depth - 1)));
            return out;
        }
        return UNRECORDED;
    }

    private static Object tensor(TensorAdapter adapter, Object value) {
        try {
            int n = 1;
            for (int d : adapter.shape(value)) {
                n = Math.multiplyExact(n, d);
            }
            double[] v = new double[n];
            BulkCopy.read(adapter, value, v);
            return v;
        } catch (RuntimeException e) {
            return UNRECORDED;
        }
    }
}
