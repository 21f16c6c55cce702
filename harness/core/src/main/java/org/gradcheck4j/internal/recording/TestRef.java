package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The JUnit test a check ran in. Internal.
 *
 * @param uniqueId the test's unique id, empty when not known
 * @param displayName the display names from the class down to the test, joined by {@code ›}
 */
@API(status = INTERNAL, since = "0.1.0")
public record TestRef(String uniqueId, String displayName) {

    /** A check outside any known test. */
    public static final TestRef NONE = new TestRef("", "");
}
