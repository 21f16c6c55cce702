package org.gradcheck4j.internal.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The relative error ‖a − n‖ / (‖a‖ + ‖n‖), per tensor and combined, at every scale. */
class RelativeErrorTests {

    @Test
    void matchesTheDefinitionOnOrdinaryValues() {
        double[] a = {3, 4};
        double[] n = {3, 5};
        assertThat(RelativeError.of(a, n)).isCloseTo(1 / (5 + Math.sqrt(34)), within(1e-16));
    }

    @Test
    void combinedTensorsEqualOneConcatenatedVector() {
        Random random = new Random(3);
        double[][] a = {values(random, 7, 1e-3), values(random, 1, 1e2), values(random, 12, 1)};
        double[][] n = {values(random, 7, 1e-3), values(random, 1, 1e2), values(random, 12, 1)};
        double[] flatA = concat(a);
        double[] flatN = concat(n);
        assertThat(RelativeError.of(a, n)).isCloseTo(RelativeError.of(flatA, flatN), within(1e-15));
    }

    @Test
    void isTheSameAtHugeAndTinyScales() {
        double[] a = {0.3, -1.25, 2};
        double[] n = {0.31, -1.2, 2.05};
        double plain = RelativeError.of(a, n);
        for (double scale : new double[] {1e300, 1e-300, 1e-310}) {
            assertThat(RelativeError.of(times(a, scale), times(n, scale))).isCloseTo(plain, within(1e-9 * plain));
        }
        double[][] mixed = {times(a, 1e300), times(a, 1e-300)};
        double[][] mixedN = {times(n, 1e300), times(a, 1e-300)};
        assertThat(RelativeError.of(mixed, mixedN)).isCloseTo(plain, within(1e-12));
    }

    @Test
    void zeroWhenEverythingIsZeroAndNaNWhenSomethingIsNotFinite() {
        assertEquals(0, RelativeError.of(new double[3], new double[3]));
        assertEquals(0, RelativeError.of(new double[][] {{0}, {}}, new double[][] {{0}, {}}));
        assertThat(RelativeError.of(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2})).isNaN();
        assertThat(RelativeError.of(new double[][] {{1}, {Double.NaN}}, new double[][] {{1}, {1}})).isNaN();
        assertEquals(1, RelativeError.of(new double[][] {{0}, {2}}, new double[][] {{0}, {-2}}));
    }

    private static double[] values(Random random, int n, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = scale * random.nextGaussian();
        }
        return v;
    }

    private static double[] concat(double[][] parts) {
        return java.util.Arrays.stream(parts).flatMapToDouble(java.util.Arrays::stream).toArray();
    }

    private static double[] times(double[] v, double factor) {
        return java.util.Arrays.stream(v).map(x -> x * factor).toArray();
    }
}
