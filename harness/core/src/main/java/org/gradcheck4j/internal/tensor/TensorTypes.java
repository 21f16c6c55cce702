package org.gradcheck4j.internal.tensor;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import org.apiguardian.api.API;

/** Decides from a declared type whether a field or return value can hold a tensor. Internal. */
@API(status = INTERNAL, since = "0.1.0")
public final class TensorTypes {

    private TensorTypes() {
    }

    /**
     * Whether a value of the declared type can be a tensor or a list or array of tensors. Types
     * whose runtime class is unknown here ({@code Object}, interfaces, type variables) are
     * accepted and checked on the value.
     */
    public static boolean isPossibleTensor(Type type) {
        if (type instanceof Class<?> c) {
            if (TensorAdapters.forType(c).isPresent() || c == Object.class || c.isInterface() && !isList(c)) {
                return true;
            }
            if (c.isArray()) {
                return isPossibleTensor(c.getComponentType());
            }
            return isList(c);
        }
        if (type instanceof ParameterizedType p) {
            if (!(p.getRawType() instanceof Class<?> raw) || !isList(raw)) {
                return isPossibleTensor(p.getRawType());
            }
            return isPossibleTensor(p.getActualTypeArguments()[0]);
        }
        if (type instanceof GenericArrayType g) {
            return isPossibleTensor(g.getGenericComponentType());
        }
        if (type instanceof WildcardType w) {
            return isPossibleTensor(w.getUpperBounds()[0]);
        }
        return true;
    }

    private static boolean isList(Class<?> c) {
        return List.class.isAssignableFrom(c);
    }

    /** The supported types, for messages. */
    public static String supportedTypes() {
        return TensorAdapters.supportedTypes();
    }
}
