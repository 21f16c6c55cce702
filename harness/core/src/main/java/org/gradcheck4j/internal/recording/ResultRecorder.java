package org.gradcheck4j.internal.recording;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.ResultsDirectory;

/**
 * Writes every check's result, and every configuration error that stopped a check, as a JSON
 * file while a launcher session is open; when the last open session of this JVM closes, has the
 * run's report rendered by the {@link ReportRenderer} on the class path, if this JVM wrote a
 * result or ran tests in a directory holding an older report (the empty session of Maven's own JVM
 * renders nothing). One per JVM; thread-safe. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ResultRecorder implements Consumer<GradCheckResult>,
        BiConsumer<Class<?>, GradCheckConfigurationException> {

    private static final ResultRecorder INSTANCE = new ResultRecorder();

    private final String jvm = ProcessHandle.current().pid() + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    private final AtomicLong counter = new AtomicLong();
    private final Map<ReportSettings, Boolean> targets = new ConcurrentHashMap<>();
    private volatile ReportSettings settings;
    private int sessions;

    private ResultRecorder() {
    }

    /**
     * The recorder of this JVM.
     *
     * @return the one recorder of this JVM
     */
    public static ResultRecorder instance() {
        return INSTANCE;
    }

    /** Starts recording with settings from system properties, if not already recording. */
    public synchronized void sessionOpened() {
        if (sessions++ == 0) {
            settings = ReportSettings.resolve(key -> Optional.empty());
            ResultListeners.register(this);
            ResultListeners.registerConfigurationErrors(this);
        }
    }

    /** Stops recording when the last session closes, and renders the reports of what was written. */
    public void sessionClosed() {
        synchronized (this) {
            if (--sessions > 0) {
                return;
            }
            ResultListeners.unregister(this);
            ResultListeners.unregisterConfigurationErrors(this);
        }
        for (Map.Entry<ReportSettings, Boolean> target : targets.entrySet()) {
            targets.remove(target.getKey());
            if (target.getValue() || Files.exists(target.getKey().page())) {
                RunReports.render(target.getKey());
            }
        }
    }

    /**
     * Takes the settings of a test plan's configuration parameters (which include system
     * properties), for a JVM that runs tests.
     *
     * @param parameters looks up a configuration parameter by key, empty when it is not set
     */
    public void configure(Function<String, Optional<String>> parameters) {
        ReportSettings resolved = ReportSettings.resolve(parameters);
        settings = resolved;
        if (resolved.enabled()) {
            targets.putIfAbsent(resolved, Boolean.FALSE);
        }
    }

    /** Writes one result; never throws, since a report must not fail a test. */
    @Override
    public void accept(GradCheckResult result) {
        write(result.layer(), (id, target, test) -> RecordedCheck.of(id, target.runId(), System.currentTimeMillis(),
                test.uniqueId(), test.displayName(), result));
    }

    /** Writes one configuration error as a check of {@code layer}; never throws. */
    @Override
    public void accept(Class<?> layer, GradCheckConfigurationException error) {
        write(layer.getName(), (id, target, test) -> RecordedCheck.ofConfigurationError(id, target.runId(),
                System.currentTimeMillis(), test.uniqueId(), test.displayName(), layer.getName(),
                String.valueOf(error.getMessage())));
    }

    private interface Recording {
        RecordedCheck of(String id, ReportSettings target, TestRef test);
    }

    private void write(String layer, Recording recording) {
        ReportSettings target = settings;
        if (target == null || !target.enabled()) {
            return;
        }
        String simple = layer.substring(layer.lastIndexOf('.') + 1);
        String id = simple + "-" + jvm + "-" + counter.incrementAndGet();
        try {
            new ResultsDirectory(target.resultsDir()).write(recording.of(id, target, CurrentTest.get()));
            targets.put(target, Boolean.TRUE);
        } catch (IOException | RuntimeException e) {
            System.err.println("gradcheck4j: could not write the result of " + layer + ": " + e);
        }
    }
}
