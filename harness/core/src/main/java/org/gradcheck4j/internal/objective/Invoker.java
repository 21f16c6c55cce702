package org.gradcheck4j.internal.objective;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/** Calls a layer's method reflectively, turning what the layer throws into a {@link LayerFailure}. */
final class Invoker {

    private Invoker() {
    }

    static Object call(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new LayerFailure(describe(method, target), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method, e);
        }
    }

    static String describe(Method method, Object target) {
        return target.getClass().getSimpleName() + "." + method.getName() + "()";
    }
}
