package org.gradcheck4j.layermodel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.Mat;

/**
 * A dense layer y = W x + b whose parameters live in a framework-style table, {@code "0_W"} and
 * {@code "0_b"} (b as an out × 1 matrix), reached through accessor methods. Test fixture.
 */
public class TableDense {

    private final Map<String, double[][]> table = new LinkedHashMap<>();
    private final Map<String, double[][]> gradients = new LinkedHashMap<>();
    private double[][] x;

    public TableDense(int in, int out, Random random) {
        table.put("0_W", Mat.random(out, in, random, 0.5));
        table.put("0_b", Mat.random(out, 1, random, 0.1));
    }

    @Param
    public Map<String, double[][]> paramTable() {
        return table;
    }

    @Grad("paramTable")
    public Map<String, double[][]> gradientTable() {
        return gradients;
    }

    @Forward
    public double[][] forward(double[][] x) {
        this.x = x;
        double[][] y = Mat.times(table.get("0_W"), x);
        double[][] b = table.get("0_b");
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                y[i][j] += b[i][0];
            }
        }
        return y;
    }

    @Backward
    public double[][] backward(double[][] dy) {
        gradients.put("0_W", Mat.times(dy, Mat.transpose(x)));
        double[][] db = new double[dy.length][1];
        for (int i = 0; i < dy.length; i++) {
            for (double v : dy[i]) {
                db[i][0] += biasTerm(v);
            }
        }
        gradients.put(biasKey(), db);
        return Mat.times(Mat.transpose(table.get("0_W")), dy);
    }

    /** One example's share of db. */
    protected double biasTerm(double dy) {
        return dy;
    }

    /** The key db is stored under. */
    protected String biasKey() {
        return "0_b";
    }

    /** Planted bug: db doubled. */
    public static class DoubledBias extends TableDense {
        public DoubledBias(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        protected double biasTerm(double dy) {
            return 2 * dy;
        }
    }

    /** Planted bug: db stored under the wrong key, so "0_b" has no gradient. */
    public static class WrongKey extends TableDense {
        public WrongKey(int in, int out, Random random) {
            super(in, out, random);
        }

        @Override
        protected String biasKey() {
            return "b";
        }
    }
}
