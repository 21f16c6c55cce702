package org.gradcheck4j.internal.model;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Member;
import org.gradcheck4j.GradCheckConfigurationException;

/** Makes a layer's member accessible, or says which {@code opens} a modular layer is missing. */
final class ModuleAccess {

    /** The harness's module name, as a user writes it in {@code opens ... to}. */
    static final String HARNESS_MODULE = "org.gradcheck4j.harness";

    private ModuleAccess() {
    }

    /**
     * Makes {@code member} accessible.
     *
     * @param member a field or method of a checked layer; modified (accessible afterwards)
     * @param description how the member is named in messages, e.g. {@code @Param field W}
     * @throws GradCheckConfigurationException when the layer's module does not open its package to the harness
     */
    static <M extends AccessibleObject & Member> void open(M member, String description) {
        try {
            member.setAccessible(true);
        } catch (InaccessibleObjectException e) {
            throw refused(member.getDeclaringClass(), description, e);
        }
    }

    static GradCheckConfigurationException refused(Class<?> type, String description, RuntimeException cause) {
        Module module = type.getModule();
        String pkg = type.getPackageName();
        return new GradCheckConfigurationException(type.getName() + " cannot be gradient-checked: " + description
                + ": module " + module.getName() + " does not open package " + pkg + " to "
                + HARNESS_MODULE + ", so its private members cannot be read and written. Fix: add `opens " + pkg + " to "
                + HARNESS_MODULE + ";` to the module-info.java of " + module.getName() + ".", cause);
    }
}
