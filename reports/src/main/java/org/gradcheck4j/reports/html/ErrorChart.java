package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;

/**
 * A log-scale bar chart of each tensor's relative error (and θ's as a whole) against the three
 * thresholds. A bar takes the colour of its tensor's verdict: a tensor whose error lies past a
 * threshold that its verdict did not take (components below the resolution of finite differences,
 * or kinks judged by their one-sided derivatives) is drawn hatched as "not judged", never red.
 */
record ErrorChart(String width, String height, List<Tick> ticks, List<Line> thresholds, List<Bar> bars) {

    record Tick(String x, String y, String label) {
    }

    record Line(String x, String y1, String y2, String labelY, String label, String css) {
    }

    record Bar(String label, String labelY, String y, String barWidth, String x0, String cx, String cy,
               String css, String title, String value, String valueX, boolean finite, boolean unjudged) {
    }

    private static final double LABEL_WIDTH = 170;
    private static final double PLOT_WIDTH = 460;
    private static final double ROW = 24;
    private static final double TOP = 30;

    static ErrorChart of(GradCheckResult check) {
        Thresholds t = check.thresholds();
        List<Bar> bars = new ArrayList<>();
        double[] all = new double[check.tensors().size() + 4];
        int k = 0;
        for (TensorResult tensor : check.tensors()) {
            all[k++] = tensor.relativeError();
        }
        all[k++] = check.relativeError();
        all[k++] = t.pass();
        all[k++] = t.warn();
        all[k] = t.fail();
        LogScale x = new LogScale(Math.max(-20, Math.min(-12, LogScale.floorExponent(1, all))), 0,
                LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH);
        int row = 0;
        boolean unresolved = check.notes().stream().anyMatch(n -> n.kind() == Note.Kind.UNRESOLVED
                || n.kind() == Note.Kind.KINK);
        for (TensorResult tensor : check.tensors()) {
            bars.add(bar(x, row++, tensor.name(), tensor.relativeError(), tensor.verdict(), t, unresolved));
        }
        Verdict overall = check.verdict().isNumeric() ? check.verdict() : t.classify(check.relativeError());
        bars.add(bar(x, row++, "θ (all)", check.relativeError(), overall, t, unresolved));
        double bottom = TOP + row * ROW;
        List<Tick> ticks = new ArrayList<>();
        for (int e = x.low(); e <= x.high(); e += e % 2 == 0 ? 2 : 1) {
            ticks.add(new Tick(Svg.px(x.at(Math.pow(10, e))), Svg.px(bottom + 14), "1e" + e));
        }
        List<Line> lines = List.of(
                line(x, t.pass(), "pass", "pass", bottom, 10),
                line(x, t.warn(), "warn", "marginal", bottom, 20),
                line(x, t.fail(), "fail", "fail", bottom, 10));
        return new ErrorChart(Svg.px(LABEL_WIDTH + PLOT_WIDTH + 70), Svg.px(bottom + 22), ticks, lines, bars);
    }

    private static Line line(LogScale x, double threshold, String name, String css, double bottom, double labelY) {
        return new Line(Svg.px(x.at(threshold)), Svg.px(TOP - 4), Svg.px(bottom), Svg.px(labelY),
                name + " " + Numbers.format(threshold), css);
    }

    private static Bar bar(LogScale x, int row, String label, double error, Verdict verdict, Thresholds t,
                           boolean unresolved) {
        double y = TOP + row * ROW;
        boolean finite = !Double.isNaN(error);
        double end = finite ? x.at(error) : LABEL_WIDTH;
        String value = finite ? Numbers.format(error) : "not finite";
        boolean unjudged = finite && verdict.isNumeric() && t.classify(error).compareTo(verdict) > 0;
        String css = unjudged ? VerdictStyle.UNJUDGED : VerdictStyle.css(verdict);
        String why = unjudged ? (unresolved ? ", above the verdict's threshold only in components that cannot be judged"
                : ", not judged past " + verdict) : "";
        return new Bar(label, Svg.px(y + 15), Svg.px(y + 6), Svg.px(end - LABEL_WIDTH), Svg.px(LABEL_WIDTH),
                Svg.px(end), Svg.px(y + 11), css, label + ": relative error " + value + " (" + verdict + why + ")",
                value, Svg.px(end + 8), finite, unjudged);
    }
}
