package org.gradcheck4j.internal.recording;

/**
 * The test running on the current thread (and threads it starts), as the
 * {@link CurrentTestListener} saw it start. Internal.
 */
public final class CurrentTest {

    private static final InheritableThreadLocal<TestRef> CURRENT = new InheritableThreadLocal<>();

    private CurrentTest() {
    }

    /** The current thread's test, or {@link TestRef#NONE}. */
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
