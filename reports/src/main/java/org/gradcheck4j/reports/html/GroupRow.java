package org.gradcheck4j.reports.html;

import java.util.List;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;

/**
 * One row of the summary: a layer checked in one test, with its checks counted by verdict and its
 * worst check (the one that needs attention most) named with its reason.
 */
record GroupRow(int index, String layer, String simpleName, String test, int size, List<Cell> cells, int expected,
                int attention, String worstVerdict, String worstCss, String worstWithin, String worstError,
                String reason, int worstDetail, boolean hasWorstDetail) {

    record Cell(String count, String css) {
    }

    /** The verdict columns of the summary. */
    static final List<String> COLUMNS = List.of("PASS", "MARGINAL", "WARN", "FAIL", "other", "config");

    static GroupRow of(int index, Groups.Group group, java.util.function.ToIntFunction<RecordedCheck> detail) {
        int[] n = new int[COLUMNS.size()];
        int expected = 0;
        int attention = 0;
        for (RecordedCheck c : group.checks()) {
            if (Expectations.expectedFailure(c)) {
                expected++;
            } else {
                n[column(c)]++;
            }
            if (Expectations.needsAttention(c)) {
                attention++;
            }
        }
        List<Cell> cells = new java.util.ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            cells.add(new Cell(n[i] == 0 ? "·" : String.valueOf(n[i]), n[i] == 0 ? "zero" : css(i)));
        }
        RecordedCheck worst = group.worst();
        boolean expectedWorst = Expectations.expectedFailure(worst);
        int number = detail.applyAsInt(worst);
        return new GroupRow(index, group.layer(), CheckView.simpleName(group.layer()), group.test(),
                group.checks().size(), cells, expected, attention,
                expectedWorst ? "expected FAIL" : VerdictStyle.name(worst),
                expectedWorst ? "expected" : VerdictStyle.css(worst), Groups.within(worst),
                VerdictStyle.errorText(worst), Reasons.of(worst), number, number > 0);
    }

    private static int column(RecordedCheck c) {
        if (c.isConfigurationError()) {
            return 5;
        }
        Verdict v = c.result().get().verdict();
        return v.isNumeric() ? v.ordinal() : 4;
    }

    private static String css(int column) {
        return switch (column) {
            case 0 -> "pass";
            case 1 -> "marginal";
            case 2 -> "warn";
            case 3 -> "fail";
            default -> "error";
        };
    }
}
