package org.gradcheck4j.internal.recording;

/**
 * The JUnit test a check ran in. Internal.
 *
 * @param uniqueId the test's unique id, empty when not known
 * @param displayName the display names from the class down to the test, joined by {@code ›}
 */
public record TestRef(String uniqueId, String displayName) {

    /** A check outside any known test. */
    public static final TestRef NONE = new TestRef("", "");
}
