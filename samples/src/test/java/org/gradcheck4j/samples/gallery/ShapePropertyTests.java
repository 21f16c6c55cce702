package org.gradcheck4j.samples.gallery;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.samples.Matrices;
import org.gradcheck4j.samples.data.Dataset;
import org.gradcheck4j.samples.data.SyntheticData;
import org.gradcheck4j.samples.init.Initializer;
import org.gradcheck4j.samples.layers.Attention;
import org.gradcheck4j.samples.layers.BatchNorm;
import org.gradcheck4j.samples.layers.Conv2D;
import org.gradcheck4j.samples.layers.ConvShape;
import org.gradcheck4j.samples.layers.Dense;
import org.gradcheck4j.samples.layers.Embedding;
import org.gradcheck4j.samples.layers.LayerNorm;
import org.gradcheck4j.samples.layers.MaxPool2D;
import org.gradcheck4j.samples.layers.SimpleRnn;
import org.gradcheck4j.samples.network.DeepNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A property over shapes: for seeded random sizes (including the edge cases 1 and odd kernels),
 * every layer with shapes to choose passes its check. A failure names the seed that rebuilds it.
 */
class ShapePropertyTests {

    private static final int TRIES = 25;

    private static final List<Shaped> LAYERS = List.of(
            new Shaped("Dense", ShapePropertyTests::dense),
            new Shaped("BatchNorm", ShapePropertyTests::batchNorm),
            new Shaped("LayerNorm", ShapePropertyTests::layerNorm),
            new Shaped("Conv2D", ShapePropertyTests::conv),
            new Shaped("MaxPool2D", ShapePropertyTests::maxPool),
            new Shaped("Embedding", ShapePropertyTests::embedding),
            new Shaped("SimpleRnn", ShapePropertyTests::rnn),
            new Shaped("Attention", ShapePropertyTests::attention),
            new Shaped("DeepNetwork", ShapePropertyTests::network));

    /** A layer whose case is built from random sizes. */
    private record Shaped(String name, Function<Random, Case> build) {
        Case make(Random r) {
            return build.apply(r);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> triesOverLayers() {
        return LAYERS.stream().flatMap(l -> LongStream.rangeClosed(1, TRIES).mapToObj(s -> Arguments.of(l, s)));
    }

    @ParameterizedTest(name = "{0} seed={1}")
    @MethodSource("triesOverLayers")
    void layerPassesForRandomShapes(Shaped layer, long seed) {
        Case c = layer.make(new Random(seed));
        GradCheckResult result = c.check(seed).run();

        assertTrue(result.verdict() == Verdict.PASS || result.verdict() == Verdict.MARGINAL,
                () -> layer.name() + " with seed " + seed + " (new Random(" + seed + ") builds the shapes)\n"
                        + result.message());
    }

    private static int dim(Random r, int low, int high) {
        return low + r.nextInt(high - low + 1);
    }

    private static Case dense(Random r) {
        int in = dim(r, 1, 6);
        int out = dim(r, 1, 6);
        Dense layer = new Dense(Initializer.XAVIER.weights(out, in, r), Matrices.gaussian(out, 1, 0.5, r));
        return Case.of(layer, Matrices.gaussian(in, dim(r, 1, 6), 1, r));
    }

    private static Case batchNorm(Random r) {
        int n = dim(r, 1, 4);
        BatchNorm layer = new BatchNorm(n, 1e-5, 0.9);
        layer.gamma().setTo(Matrices.uniform(n, 1, 0.5, 1.5, r));
        layer.beta().setTo(Matrices.gaussian(n, 1, 0.5, r));
        // m ≥ 3: with m = 2 each normalised value is ±sqrt(d²/4 / (d²/4 + ε)) ≈ ±1 whatever the
        // inputs, so the true input gradient is of order ε and drowns in the cost's rounding error.
        return Case.of(layer, Matrices.gaussian(n, dim(r, 3, 7), 1, r));
    }

    private static Case layerNorm(Random r) {
        int n = dim(r, 3, 6); // n = 2 is degenerate like batch norm's m = 2 (see above)
        LayerNorm layer = new LayerNorm(n, 1e-5);
        layer.gamma().setTo(Matrices.uniform(n, 1, 0.5, 1.5, r));
        layer.beta().setTo(Matrices.gaussian(n, 1, 0.5, r));
        return Case.of(layer, Matrices.gaussian(n, dim(r, 1, 5), 1, r));
    }

    private static Case conv(Random r) {
        int k = dim(r, 1, 3);
        ConvShape shape = new ConvShape(dim(r, 1, 2), dim(r, k, 5), dim(r, k, 5), dim(r, 1, 3), k, dim(r, 0, 1));
        Conv2D layer = new Conv2D(shape, r);
        layer.bias().setTo(Matrices.gaussian(shape.filters(), 1, 0.5, r));
        return Case.of(layer, Matrices.gaussian(shape.inputSize(), dim(r, 1, 2), 1, r));
    }

    private static Case maxPool(Random r) {
        int size = dim(r, 1, 3);
        int c = dim(r, 1, 2);
        int h = size * dim(r, 1, 3);
        int w = size * dim(r, 1, 3);
        int m = dim(r, 1, 2);
        int n = c * h * w * m;
        DMatrixRMaj x = new DMatrixRMaj(c * h * w, m);
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(i);
        }
        Collections.shuffle(values, r);
        for (int i = 0; i < n; i++) {
            x.data[i] = 0.1 * values.get(i) - 0.05 * n;
        }
        return Case.of(new MaxPool2D(c, h, w, size), x);
    }

    private static Case embedding(Random r) {
        int vocabulary = dim(r, 1, 6);
        Embedding layer = new Embedding(dim(r, 1, 4), vocabulary, r);
        DMatrixRMaj ids = new DMatrixRMaj(1, dim(r, 1, 8));
        for (int j = 0; j < ids.numCols; j++) {
            ids.set(0, j, r.nextInt(vocabulary));
        }
        return Case.of(layer, ids);
    }

    private static Case rnn(Random r) {
        int nx = dim(r, 1, 4);
        int steps = dim(r, 1, 4);
        int na = dim(r, 1, 4);
        int m = dim(r, 1, 3);
        SimpleRnn layer = new SimpleRnn(nx, na, steps, r);
        return Case.of(layer, Matrices.gaussian(nx * steps, m, 1, r), Matrices.gaussian(na, m, 0.5, r));
    }

    private static Case attention(Random r) {
        int d = dim(r, 1, 5);
        Attention layer = new Attention(d, dim(r, 1, 4), dim(r, 1, 4), r);
        int n = dim(r, 1, 5);
        return Case.of(layer, Matrices.gaussian(d, dim(r, 1, 5), 1, r), Matrices.gaussian(d, n, 1, r),
                Matrices.gaussian(d, n, 1, r));
    }

    private static Case network(Random r) {
        int hidden = dim(r, 0, 3);
        int[] sizes = new int[hidden + 2];
        sizes[0] = 2;
        for (int l = 1; l <= hidden; l++) {
            sizes[l] = dim(r, 1, 6);
        }
        sizes[hidden + 1] = 1;
        DeepNetwork net = new DeepNetwork(sizes, Initializer.HE, r.nextDouble(), 0.5 + 0.5 * r.nextDouble(), r);
        List<DMatrixRMaj> params = net.parameters();
        for (DMatrixRMaj b : params.subList(net.layers(), params.size())) {
            b.setTo(Matrices.gaussian(b.numRows, 1, 0.1, r));
        }
        Dataset data = SyntheticData.circle(dim(r, 1, 10), r);
        return Case.of(net, data.x(), data.y());
    }
}
