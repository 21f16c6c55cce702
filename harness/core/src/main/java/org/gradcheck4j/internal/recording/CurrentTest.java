package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The test running on the current thread (and threads it starts), as the
 * {@link CurrentTestListener} saw it start. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class CurrentTest {

    private static final InheritableThreadLocal<TestRef> CURRENT = new InheritableThreadLocal<>();

    private CurrentTest() {
    }

    /**
     * The current thread's test, or {@link TestRef#NONE}.
     *
     * @return the test running on this thread, or {@link TestRef#NONE} when none is
     */
    public static TestRef get() {
        TestRef test = CURRENT.get();
        return test == null ? TestRef.NONE : test;
    }

    static void set(TestRef test) {
        CURRENT.set(test);
    }

    static void clear(String uniqueId) {
        TestRef test = CURRENT.get();
        if (test != null && test.uniqueId().equals(uniqueId)) {
            CURRENT.remove();
        }
    }
}
