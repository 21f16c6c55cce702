package org.gradcheck4j.internal.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.Thresholds;

/** Builds evidence by hand for the rule tests: tensors with given analytic, numeric and θ values. */
final class Tensors {

    private Tensors() {
    }

    /** A parameter tensor with values θ drawn from {@code seed}; its verdict taken from a and n. */
    static TensorEvidence param(String name, int[] shape, double[] a, double[] n) {
        return tensor(name, Kind.PARAMETER, shape, a, n, random(a.length, 99), Optional.empty());
    }

    /** An input tensor. */
    static TensorEvidence input(String name, int[] shape, double[] a, double[] n) {
        return tensor(name, Kind.INPUT, shape, a, n, random(a.length, 98), Optional.empty());
    }

    static TensorEvidence tensor(String name, Kind kind, int[] shape, double[] a, double[] n, double[] values,
                                 Optional<double[]> penalty) {
        double error = Vectors.relativeError(a, n);
        String gradient = kind == Kind.INPUT ? "the gradient @Backward returns" : "@Grad field d" + name;
        return new TensorEvidence(name, kind, shape, Thresholds.DEFAULT.classify(error), error, a, n, values, penalty,
                gradient);
    }

    /** Evidence over {@code tensors} with the default thresholds and nothing else known. */
    static Evidence of(TensorEvidence... tensors) {
        return new Evidence(List.of(tensors), Thresholds.DEFAULT, List.of(), List.of(), Optional.empty());
    }

    /** Evidence with the given inputs and keep probabilities. */
    static Evidence of(List<Evidence.Input> inputs, List<Double> keepProbs, TensorEvidence... tensors) {
        return new Evidence(List.of(tensors), Thresholds.DEFAULT, inputs, keepProbs, Optional.empty());
    }

    /** Evidence of a layer whose {@code @Penalty} method is {@code l2}. */
    static Evidence withPenalty(TensorEvidence... tensors) {
        return new Evidence(List.of(tensors), Thresholds.DEFAULT, List.of(), List.of(), Optional.of("l2"));
    }

    static double[] random(int n, long seed) {
        Random r = new Random(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextGaussian();
        }
        return v;
    }

    static double[] scaled(double k, double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = k * v[i];
        }
        return out;
    }

    static double[] plus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] + b[i];
        }
        return out;
    }

    /** A copy of {@code v} with every odd component NaN, as the directional mode leaves it. */
    static double[] halfUnchecked(double[] v) {
        double[] out = v.clone();
        for (int i = 1; i < out.length; i += 2) {
            out[i] = Double.NaN;
        }
        return out;
    }

    static List<String> rules(List<Finding> findings) {
        List<String> rules = new ArrayList<>();
        for (Finding f : findings) {
            rules.add(f.hint().tensor() + ":" + f.hint().rule());
        }
        return rules;
    }

    static int[] shape(int... dims) {
        return dims;
    }
}
