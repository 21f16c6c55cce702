package org.gradcheck4j.internal.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds annotated fields and methods in a class and its superclasses, private ones included. */
final class Members {

    private Members() {
    }

    /** Annotated instance fields, superclass fields first, each in declaration order; made accessible. */
    static List<Field> fields(Class<?> type, Class<? extends Annotation> annotation) {
        Deque<Class<?>> hierarchy = new ArrayDeque<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.push(c);
        }
        List<Field> found = new ArrayList<>();
        for (Class<?> c : hierarchy) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(annotation) && !Modifier.isStatic(f.getModifiers())) {
                    ModuleAccess.open(f, describe(annotation, f));
                    found.add(f);
                }
            }
        }
        return found;
    }

    /** Annotated methods, the most derived declaration of each signature; made accessible. */
    static List<Method> methods(Class<?> type, Class<? extends Annotation> annotation) {
        Map<String, Method> bySignature = new LinkedHashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(annotation) && !m.isBridge() && !m.isSynthetic()) {
                    String signature = m.getName() + Arrays.toString(m.getParameterTypes());
                    if (!bySignature.containsKey(signature)) {
                        ModuleAccess.open(m, describe(annotation, m));
                        bySignature.put(signature, m);
                    }
                }
            }
        }
        return new ArrayList<>(bySignature.values());
    }

    /** How a member is named in messages: {@code @Grad field dW} or {@code @Forward method forward(double[][])}. */
    static String describe(Class<? extends Annotation> annotation, Field field) {
        return "@" + annotation.getSimpleName() + " field " + field.getName();
    }

    static String describe(Class<? extends Annotation> annotation, Method method) {
        StringBuilder params = new StringBuilder();
        for (Class<?> p : method.getParameterTypes()) {
            params.append(params.length() == 0 ? "" : ", ").append(p.getSimpleName());
        }
        return "@" + annotation.getSimpleName() + " method " + method.getName() + "(" + params + ")";
    }
}
