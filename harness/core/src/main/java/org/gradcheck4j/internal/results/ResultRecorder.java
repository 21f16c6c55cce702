package org.gradcheck4j.internal.results;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.internal.ResultListeners;
import org.gradcheck4j.reports.json.ResultFiles;

/**
 * Writes every check's result as a JSON file while a launcher session is open, and renders the
 * run's report when the last open session of this JVM closes, if this JVM wrote any result (the
 * empty session of Maven's own JVM renders nothing). One per JVM; thread-safe. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ResultRecorder implements Consumer<GradCheckResult> {

    private static final ResultRecorder INSTANCE = new ResultRecorder();

    private final String jvm = ProcessHandle.current().pid() + "-"
            + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    private final AtomicLong counter = new AtomicLong();
    private final Map<ReportSettings, Boolean> written = new ConcurrentHashMap<>();
    private volatile ReportSettings settings;
    private int sessions;

    private ResultRecorder() {
    }

    /** The recorder of this JVM. */
    public static ResultRecorder instance() {
        return INSTANCE;
    }

    /** Starts recording with settings from system properties, if not already recording. */
    public synchronized void sessionOpened() {
        if (sessions++ == 0) {
            settings = ReportSettings.resolve(key -> Optional.empty());
            ResultListeners.register(this);
        }
    }

    /** Stops recording when the last session closes, and renders the report of what was written. */
    public void sessionClosed() {
        synchronized (this) {
            if (--sessions > 0) {
                return;
            }
            ResultListeners.unregister(this);
        }
        for (ReportSettings target : written.keySet()) {
            written.remove(target);
            try {
                int shown = RunReport.render(target);
                System.out.println("gradcheck4j: report of " + shown + " checks: " + target.page().toUri());
            } catch (IOException | RuntimeException e) {
                System.err.println("gradcheck4j: could not render " + target.page() + ": " + e);
            }
        }
    }

    /** Takes the settings of a test plan's configuration parameters (which include system properties). */
    public void configure(Function<String, Optional<String>> parameters) {
        settings = ReportSettings.resolve(parameters);
    }

    /** Writes one result; never throws, since a report must not fail a test. */
    @Override
    public void accept(GradCheckResult result) {
        ReportSettings target = settings;
        if (target == null || !target.enabled()) {
            return;
        }
        String simple = result.layer().substring(result.layer().lastIndexOf('.') + 1);
        String id = simple + "-" + jvm + "-" + counter.incrementAndGet();
        try {
            new ResultFiles(target.resultsDir()).write(
                    ResultMapper.map(result, id, target.runId(), System.currentTimeMillis(), CurrentTest.get()));
            written.put(target, Boolean.TRUE);
        } catch (IOException | RuntimeException e) {
            System.err.println("gradcheck4j: could not write the result of " + result.layer() + ": " + e);
        }
    }
}
