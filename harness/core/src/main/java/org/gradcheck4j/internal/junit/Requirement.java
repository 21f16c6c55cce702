package org.gradcheck4j.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Builds the messages of misconfiguration in one shape: who requires what, and what was found.
 * {@code @GradCheckTest requires that `seeds` not be empty.} or
 * {@code Configuration parameter `gradcheck4j.seeds` must be a comma-separated list of integers, but found `a`.}
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Requirement {

    private final String owner;
    private final boolean parameter;

    private Requirement(String owner, boolean parameter) {
        this.owner = owner;
        this.parameter = parameter;
    }

    /** Requirements of an annotation's attributes, e.g. {@code of("@GradCheckTest")}. */
    public static Requirement of(String annotation) {
        return new Requirement(annotation, false);
    }

    /** Requirements of a configuration parameter such as {@code gradcheck4j.seeds}. */
    public static Requirement parameter(String key) {
        return new Requirement(key, true);
    }

    /** The rule broken, without what was found. */
    public ExtensionConfigurationException fail(String attribute, String rule) {
        return new ExtensionConfigurationException(subject(attribute, rule) + ".");
    }

    /** The rule broken and what was found instead. */
    public ExtensionConfigurationException fail(String attribute, String rule, Object found) {
        return new ExtensionConfigurationException(subject(attribute, rule) + ", but found " + found + ".");
    }

    private String subject(String attribute, String rule) {
        return parameter
                ? "Configuration parameter `" + owner + "` must " + rule
                : owner + " requires that `" + attribute + "` " + rule;
    }
}
