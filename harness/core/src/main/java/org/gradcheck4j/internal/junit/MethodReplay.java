package org.gradcheck4j.internal.junit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.junit.GradCheckInvocation;

/**
 * A {@code @GradCheckTest} method invoked again, on the same test instance with a fresh
 * {@code Random} of the same seed, to build one more layer for a check that asked for
 * {@code threads(n)}: the method's k-th call to {@code check(...)} is intercepted and its layer
 * taken, the method stopped there. Earlier checks of the replay get the results the real
 * invocation already had. Internal.
 */
final class MethodReplay {

    private final Method method;
    private final Object target;
    private final List<Object> arguments;
    private final CheckInvocation original;

    MethodReplay(Method method, Object target, List<Object> arguments, CheckInvocation original) {
        this.method = method;
        this.target = target;
        this.arguments = List.copyOf(arguments);
        this.original = original;
    }

    /** The layer of the method's check number {@code index} (from 0), built anew. */
    Object layerOfCheck(int index) {
        Capture capture = new Capture(index);
        Object[] args = arguments.stream().map(a -> a instanceof Random ? new Random(original.seed())
                : a instanceof GradCheckInvocation ? capture : a).toArray();
        try {
            method.setAccessible(true);
            method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Captured captured) {
                return captured.layer;
            }
            throw refused("threw " + e.getCause() + " when it was invoked again", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot invoke " + method + " again", e);
        }
        throw refused("ran only " + capture.seen + " check(s) when it was invoked again with the same seed, not "
                + (index + 1), null);
    }

    private GradCheckConfigurationException refused(String problem, Throwable cause) {
        return new GradCheckConfigurationException(MethodRequirements.describe(method) + " " + problem + ": a"
                + " @GradCheckTest whose check asks for threads(n) is invoked again with the same seed to build a"
                + " layer per worker, so it must build the same checks on every call. Fix: make it so, or start"
                + " the check with GradCheck.of(() -> new ...(...)) to give the factory yourself.", cause);
    }

    /** Stops the replayed method at the check whose layer is wanted. */
    private static final class Captured extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Object layer;

        Captured(Object layer) {
            super(null, null, false, false);
            this.layer = layer;
        }
    }

    /** The invocation handle of the replay. */
    private final class Capture implements GradCheckInvocation {

        private final int wanted;
        private int seen;

        Capture(int wanted) {
            this.wanted = wanted;
        }

        @Override
        public long seed() {
            return original.seed();
        }

        @Override
        public int trainingSteps() {
            return original.trainingSteps();
        }

        @Override
        public String displayName() {
            return original.displayName();
        }

        @Override
        public GradCheckResult check(GradCheck check) {
            int index = seen++;
            if (index == wanted) {
                throw new Captured(check.layer());
            }
            return original.result(index);
        }
    }
}
