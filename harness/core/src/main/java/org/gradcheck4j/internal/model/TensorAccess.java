package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How the engine reaches a {@code @Param} or {@code @Grad} tensor: through a field, or through an
 * accessor method that returns it (the tensor itself is then read and written in place, never
 * copied). Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class TensorAccess {

    private final Field field;
    private final Method method;
    private final String name;
    private final String description;

    private TensorAccess(Field field, Method method, String name, String description) {
        this.field = field;
        this.method = method;
        this.name = name;
        this.description = description;
    }

    static TensorAccess of(Field field, Class<? extends Annotation> annotation) {
        return new TensorAccess(field, null, field.getName(), Members.describe(annotation, field));
    }

    static TensorAccess of(Method accessor, Class<? extends Annotation> annotation) {
        return new TensorAccess(null, accessor, propertyName(accessor.getName()), Members.describe(annotation, accessor));
    }

    /**
     * The name an accessor gives its tensor: {@code getW()} → {@code W}, {@code getWeights()} →
     * {@code weights}, {@code weights()} → {@code weights}.
     */
    static String propertyName(String method) {
        if (method.length() > 3 && method.startsWith("get") && Character.isUpperCase(method.charAt(3))) {
            String rest = method.substring(3);
            boolean acronym = rest.length() > 1 && Character.isUpperCase(rest.charAt(1));
            return acronym || rest.length() == 1 ? rest : rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
        }
        return method;
    }

    /** The tensor's name: the field's name, or the accessor's property name. */
    public String name() {
        return name;
    }

    /** How the member is named in messages: {@code @Param field W}, {@code @Param method getW()}. */
    public String describe() {
        return description;
    }

    /** The declared type: the field's type or the accessor's return type. */
    public Type type() {
        return field != null ? field.getGenericType() : method.getGenericReturnType();
    }

    /** Whether the declared type is a {@code Map} (one tensor per entry, named by its key). */
    public boolean isMap() {
        Class<?> raw = field != null ? field.getType() : method.getReturnType();
        return Map.class.isAssignableFrom(raw);
    }

    Member member() {
        return field != null ? field : method;
    }

    /**
     * The value in {@code layer} now, null included.
     *
     * @throws AccessorFailure when the accessor throws
     */
    public Object read(Object layer) {
        try {
            return field != null ? field.get(layer) : method.invoke(layer);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + description, e);
        } catch (InvocationTargetException e) {
            throw new AccessorFailure(description, e.getCause());
        }
    }
}
