package org.gradcheck4j.internal.junit;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Publishes results that pass with a remark (MARGINAL, WARN) as JUnit report entries. */
@API(status = INTERNAL, since = "0.1.0")
public final class ReportEntries {

    /** The key of the verdict. */
    public static final String VERDICT = "gradcheck4j.verdict";
    /** The key of θ's relative error. */
    public static final String RELATIVE_ERROR = "gradcheck4j.relativeError";
    /** The key of the checked class. */
    public static final String LAYER = "gradcheck4j.layer";
    /** The key of the invocation's label. */
    public static final String LABEL = "gradcheck4j.label";

    private ReportEntries() {
    }

    /** Publishes {@code result} when its verdict is MARGINAL or WARN; other verdicts publish nothing. */
    public static void publish(ExtensionContext context, GradCheckResult result) {
        if (result.verdict() == Verdict.MARGINAL || result.verdict() == Verdict.WARN) {
            context.publishReportEntry(entries(result));
        }
    }

    /** The entries of one result. */
    public static Map<String, String> entries(GradCheckResult result) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(VERDICT, result.verdict().name());
        entries.put(RELATIVE_ERROR, String.valueOf(result.relativeError()));
        entries.put(LAYER, result.layer());
        entries.put(LABEL, result.label());
        return entries;
    }
}
