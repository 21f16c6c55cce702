package org.gradcheck4j.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.SweepPoint;
import org.gradcheck4j.Thresholds;

/** A log–log plot of the relative error against the step ε, with the thresholds and the ε used. */
record SweepChart(String width, String height, String points, List<Dot> dots, List<Tick> xTicks,
                  List<Tick> yTicks, List<Line> thresholds, String usedX, String plotTop, String plotBottom,
                  String plotLeft, String plotRight, SweepShape shape) {

    record Dot(String cx, String cy, String title) {
    }

    record Tick(String x, String y, String label) {
    }

    record Line(String y, String label, String css) {
    }

    private static final double LEFT = 56;
    private static final double RIGHT = 520;
    private static final double TOP = 12;
    private static final double BOTTOM = 232;

    static SweepChart of(GradCheckResult check) {
        Thresholds t = check.thresholds();
        List<SweepPoint> sweep = check.epsilonSweep();
        double[] eps = sweep.stream().mapToDouble(SweepPoint::epsilon).toArray();
        double[] err = sweep.stream().mapToDouble(SweepPoint::relativeError).toArray();
        int xLow = Math.min(-10, LogScale.floorExponent(1, eps));
        int xHigh = Math.max(-1, (int) Math.ceil(Math.log10(max(eps))));
        int yLow = Math.max(-20, Math.min(-12, LogScale.floorExponent(t.pass(), err)));
        LogScale x = new LogScale(xLow, xHigh, LEFT, RIGHT);
        LogScale y = new LogScale(yLow, 0, BOTTOM, TOP);
        StringBuilder points = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        for (SweepPoint p : sweep) {
            if (Double.isNaN(p.relativeError()) || !(p.epsilon() > 0)) {
                continue;
            }
            String cx = Svg.px(x.at(p.epsilon()));
            String cy = Svg.px(y.at(p.relativeError()));
            points.append(points.length() == 0 ? "" : " ").append(cx).append(',').append(cy);
            dots.add(new Dot(cx, cy, "ε = " + Numbers.format(p.epsilon()) + ": relative error "
                    + Numbers.format(p.relativeError())));
        }
        List<Tick> xTicks = new ArrayList<>();
        for (int e = xLow; e <= xHigh; e++) {
            xTicks.add(new Tick(Svg.px(x.at(Math.pow(10, e))), Svg.px(BOTTOM + 16), "1e" + e));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int e = yLow; e <= 0; e += 2) {
            yTicks.add(new Tick(Svg.px(LEFT - 6), Svg.px(y.at(Math.pow(10, e)) + 4), "1e" + e));
        }
        List<Line> lines = List.of(new Line(Svg.px(y.at(t.pass())), "pass", "pass"),
                new Line(Svg.px(y.at(t.warn())), "warn", "marginal"),
                new Line(Svg.px(y.at(t.fail())), "fail", "fail"));
        return new SweepChart(Svg.px(RIGHT + 50), Svg.px(BOTTOM + 36), points.toString(), dots, xTicks, yTicks, lines,
                Svg.px(x.at(check.epsilon())), Svg.px(TOP), Svg.px(BOTTOM), Svg.px(LEFT), Svg.px(RIGHT),
                SweepShape.of(sweep, check.epsilon(), t));
    }

    private static double max(double[] values) {
        double m = 1e-1;
        for (double v : values) {
            if (v > m && Double.isFinite(v)) {
                m = v;
            }
        }
        return m;
    }
}
