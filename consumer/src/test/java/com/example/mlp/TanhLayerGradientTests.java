package com.example.mlp;

import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.generate.Case;
import org.gradcheck4j.generate.GradCheckProperty;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.gradcheck4j.junit.GradCheckTest;

class TanhLayerGradientTests {

    @GradCheckTest
    void backwardMatchesFiniteDifferences(Random random, GradCheckInvocation invocation) {
        TanhLayer layer = new TanhLayer(4, 3, random);
        double[][] x = new double[5][4];
        for (double[] row : x) {
            for (int j = 0; j < row.length; j++) {
                row[j] = random.nextGaussian();
            }
        }
        invocation.check(GradCheck.of(layer).input(x));
    }

    @GradCheckProperty(tries = 30, trainingSteps = 0)
    void backwardMatchesForGeneratedShapes(Case c, GradCheckInvocation invocation) {
        int in = c.dimension("in", 5);
        int out = c.dimension("out", 5);
        TanhLayer layer = new TanhLayer(c.weights("weights", out, in), new double[out]);
        invocation.check(GradCheck.of(layer).input(c.input("x", c.batch(6), in)));
    }
}
