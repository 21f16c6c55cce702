package org.gradcheck4j.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Checks the shape of an annotated test method before any invocation runs. */
@API(status = INTERNAL, since = "0.1.0")
public final class MethodRequirements {

    private MethodRequirements() {
    }

    /**
     * Requires that {@code method} declares a parameter of {@code type}, through which it hands
     * over its check.
     *
     * @throws org.junit.jupiter.api.extension.ExtensionConfigurationException otherwise
     */
    public static void requireParameter(String annotation, Method method, Class<?> type, String use) {
        boolean declared = Arrays.stream(method.getParameterTypes()).anyMatch(type::equals);
        if (!declared) {
            throw Requirement.of(annotation).fail(describe(method),
                    "declare a `" + type.getSimpleName() + "` parameter and " + use);
        }
    }

    /** {@code dense(Random)}, as the user wrote it. */
    public static String describe(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
