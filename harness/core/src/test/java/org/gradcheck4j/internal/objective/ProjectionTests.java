package org.gradcheck4j.internal.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The projection R is a function of its size and seed, whatever was drawn in between. */
class ProjectionTests {

    @Test
    void theSameArgumentsGiveTheSameValuesAfterOtherDraws() {
        double[] first = Projection.draw(5, 42).clone();
        double[] other = Projection.draw(5, 43).clone();
        double[] longer = Projection.draw(6, 42).clone();
        assertArrayEquals(first, Projection.draw(5, 42));
        assertThat(other).isNotEqualTo(first);
        assertThat(longer).startsWith(first);
        assertArrayEquals(longer, Projection.draw(6, 42));
    }

    @Test
    void valuesLookStandardNormal() {
        double[] r = Projection.draw(20_000, 7);
        double mean = 0;
        double square = 0;
        for (double v : r) {
            mean += v / r.length;
            square += v * v / r.length;
        }
        assertThat(mean).isBetween(-0.05, 0.05);
        assertThat(square).isBetween(0.95, 1.05);
    }
}
