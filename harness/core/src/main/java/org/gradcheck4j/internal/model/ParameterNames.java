package org.gradcheck4j.internal.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names of a method's parameters as its source gives them: from {@code -parameters} when the
 * class was compiled with it, else from the class file's local-variable table (javac {@code -g},
 * Maven's default), else {@code input0}, {@code input1}, … Internal.
 */
final class ParameterNames {

    private ParameterNames() {
    }

    static List<String> of(Method method) {
        Parameter[] parameters = method.getParameters();
        List<String> names = new ArrayList<>();
        if (parameters.length > 0 && parameters[0].isNamePresent()) {
            for (Parameter p : parameters) {
                names.add(p.getName());
            }
            return names;
        }
        Map<Integer, String> slots = LocalVariableTable.of(method).orElse(Map.of());
        int slot = Modifier.isStatic(method.getModifiers()) ? 0 : 1;
        for (Class<?> type : method.getParameterTypes()) {
            names.add(slots.getOrDefault(slot, "input" + names.size()));
            slot += type == long.class || type == double.class ? 2 : 1;
        }
        return names;
    }
}
