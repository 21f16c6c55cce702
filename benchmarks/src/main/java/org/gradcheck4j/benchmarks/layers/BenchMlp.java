package org.gradcheck4j.benchmarks.layers;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;

/**
 * An L-layer perceptron: {@code a[l+1] = tanh(a[l] W[l]ᵀ + b[l])} for the hidden layers and a
 * linear last layer, one row per example; each row of a weight matrix is read once per pass. The
 * harness projects its output to a cost.
 */
@API(status = INTERNAL, since = "0.1.0")
public class BenchMlp {

    @Param protected List<double[][]> W = new ArrayList<>();
    @Param protected List<double[]> b = new ArrayList<>();
    @Grad("W") protected List<double[][]> dW = new ArrayList<>();
    @Grad("b") protected List<double[]> db = new ArrayList<>();
    private final List<double[][]> activations = new ArrayList<>();

    /** A network with the given layer widths, {@code widths[0]} inputs. */
    public BenchMlp(int[] widths, long seed) {
        Random random = new Random(seed);
        for (int l = 0; l + 1 < widths.length; l++) {
            int in = widths[l];
            int out = widths[l + 1];
            double[][] w = new double[out][in];
            double scale = 1 / Math.sqrt(in);
            for (double[] row : w) {
                for (int i = 0; i < in; i++) {
                    row[i] = random.nextGaussian() * scale;
                }
            }
            double[] bias = new double[out];
            for (int o = 0; o < out; o++) {
                bias[o] = random.nextGaussian() * 0.1;
            }
            W.add(w);
            b.add(bias);
            dW.add(new double[out][in]);
            db.add(new double[out]);
        }
    }

    /** The number of parameters. */
    public int parameters() {
        int n = 0;
        for (int l = 0; l < W.size(); l++) {
            n += W.get(l).length * W.get(l)[0].length + b.get(l).length;
        }
        return n;
    }

    /** Every weight matrix and bias vector, in declaration order (not copies). */
    public List<Object> tensors() {
        List<Object> t = new ArrayList<>(W);
        t.addAll(b);
        return t;
    }

    @Forward
    public double[][] forward(@Constant double[][] x) {
        activations.clear();
        activations.add(x);
        double[][] a = x;
        for (int l = 0; l < W.size(); l++) {
            a = layer(a, W.get(l), b.get(l), l + 1 < W.size());
            activations.add(a);
        }
        return a;
    }

    private static double[][] layer(double[][] a, double[][] w, double[] bias, boolean tanh) {
        double[][] z = new double[a.length][w.length];
        for (int o = 0; o < w.length; o++) {
            double[] wo = w[o];
            for (int e = 0; e < a.length; e++) {
                double[] ae = a[e];
                double s = bias[o];
                for (int i = 0; i < wo.length; i++) {
                    s += wo[i] * ae[i];
                }
                z[e][o] = tanh ? Math.tanh(s) : s;
            }
        }
        return z;
    }

    @Backward
    public void backward(double[][] dy) {
        double[][] delta = dy;
        for (int l = W.size() - 1; l >= 0; l--) {
            double[][] w = W.get(l);
            double[][] in = activations.get(l);
            double[][] dw = dW.get(l);
            double[] dbl = db.get(l);
            for (int o = 0; o < w.length; o++) {
                java.util.Arrays.fill(dw[o], 0);
                dbl[o] = 0;
            }
            double[][] back = new double[in.length][w[0].length];
            for (int e = 0; e < in.length; e++) {
                for (int o = 0; o < w.length; o++) {
                    double g = delta[e][o];
                    dbl[o] += g;
                    for (int i = 0; i < w[o].length; i++) {
                        dw[o][i] += g * in[e][i];
                        back[e][i] += g * w[o][i];
                    }
                }
            }
            if (l > 0) {
                for (int e = 0; e < in.length; e++) {
                    for (int i = 0; i < in[e].length; i++) {
                        back[e][i] *= 1 - in[e][i] * in[e][i];
                    }
                }
            }
            delta = back;
        }
    }
}
