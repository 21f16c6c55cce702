package org.gradcheck4j.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeneratorsTests {

    @Test
    void sameSeedDrawsTheSameCase() {
        Case a = Case.seeded(99);
        Case b = Case.seeded(99);

        double[][] xa = a.input("x", a.batch(8), a.dimension("in", 6));
        double[][] xb = b.input("x", b.batch(8), b.dimension("in", 6));

        assertThat(a.toString()).isEqualTo(b.toString());
        assertThat(xa).isDeepEqualTo(xb);
    }

    @Test
    void dimensionsStayInRangeAndReachTheDegenerateOne() {
        Choices choices = Choices.seeded(3);
        int[] dims = new int[400];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = Gens.dimension(5).generate(choices);
        }

        assertThat(Arrays.stream(dims).boxed().toList()).allMatch(d -> d >= 1 && d <= 5).contains(1, 5);
    }

    @Test
    void initialisationSchemesHaveTheirStandardDeviations() {
        int fanIn = 50;
        assertThat(sd(Init.XAVIER.matrix(400, fanIn, 1, new Random(1)))).isCloseTo(Math.sqrt(1.0 / fanIn), within(0.005));
        assertThat(sd(Init.HE.matrix(400, fanIn, 1, new Random(1)))).isCloseTo(Math.sqrt(2.0 / fanIn), within(0.005));
        assertThat(sd(Init.SMALL_RANDOM.matrix(400, fanIn, 1, new Random(1)))).isCloseTo(0.01, within(0.0005));
        assertThat(sd(Init.XAVIER.matrix(400, fanIn, 10, new Random(1)))).isCloseTo(10 * Math.sqrt(1.0 / fanIn), within(0.05));
        assertThat(flat(Init.ZEROS.matrix(3, 4, 10, new Random(1)))).containsOnly(0.0);
    }

    @Test
    void inputDistributionsKeepTheirDistanceFromTheKink() {
        double[][] near = InputDistribution.NEAR_KINK.matrix(50, 20, 1, new Random(2));
        double[][] away = InputDistribution.AWAY_FROM_KINK.matrix(50, 20, 1, new Random(2));

        assertThat(boxed(near)).allMatch(v -> v != 0 && Math.abs(v) < InputDistribution.KINK_BAND);
        assertThat(boxed(away)).allMatch(v -> Math.abs(v) >= 0.5 && Math.abs(v) < 2);
        assertThat(boxed(InputDistribution.UNIFORM.matrix(50, 20, 1e4, new Random(2))))
                .allMatch(v -> Math.abs(v) <= 1e4 && Double.isFinite(v));
    }

    @Test
    void replayingClampsToTheRangeAndFallsBackToTheMinimum() {
        Choices choices = Choices.replaying(new long[] {9, 0, 2});

        assertThat(choices.between(1, 4)).isEqualTo(4);
        assertThat(choices.between(1, 4)).isEqualTo(1);
        assertThat(choices.oneOf(List.of("a", "b", "c"))).isEqualTo("c");
        assertThat(choices.between(3, 7)).isEqualTo(3);
    }

    @Test
    void bytesDecideTheChoicesAndRunningOutGivesMinimums() {
        Choices choices = Choices.fromBytes(new byte[] {5, (byte) 0xFF});

        assertThat(choices.between(1, 8)).isEqualTo(1 + 5 % 8);
        assertThat(choices.between(0, 99)).isEqualTo(255 % 100);
        assertThat(choices.between(2, 9)).isEqualTo(2);
        assertThat(Case.fromBytes(new byte[0]).dimension("width", 6)).isEqualTo(1);
    }

    @Test
    void shrinkerFindsTheSmallestValuesThatStillFail() {
        Shrinker.Outcome first = property(Choices.replaying(new long[] {7, 9, 4}));
        assertThat(first.fails()).isTrue();

        Shrinker.Result result = new Shrinker(GeneratorsTests::property, 200).shrink(first);

        assertThat(result.smallest().drawn().drawn()).containsEntry("a", "3").containsEntry("b", "1")
                .containsEntry("c", "2");
        assertThat(result.shrinks()).isPositive();
    }

    @Test
    void shrinkerRespectsItsBudget() {
        Shrinker.Outcome first = property(Choices.replaying(new long[] {7, 9, 4}));

        Shrinker.Result result = new Shrinker(GeneratorsTests::property, 1).shrink(first);

        assertThat(result.attempts()).isEqualTo(1);
    }

    /** Fails when a ≥ 3 and c ≥ 2, whatever b is. */
    private static Shrinker.Outcome property(Choices choices) {
        Case drawn = new Case(choices);
        int a = drawn.dimension("a", 9);
        drawn.dimension("b", 9);
        int c = drawn.dimension("c", 9);
        return new Shrinker.Outcome(drawn, a >= 3 && c >= 2 ? new AssertionError("a=" + a) : null);
    }

    private static double sd(double[][] m) {
        double[] v = flat(m);
        double mean = Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / v.length);
    }

    private static List<Double> boxed(double[][] m) {
        return Arrays.stream(flat(m)).boxed().toList();
    }

    private static double[] flat(double[][] m) {
        return Arrays.stream(m).flatMapToDouble(Arrays::stream).toArray();
    }
}
