package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FitTests {

    @Test
    void fitsTheLeastSquaresFactorWithItsResidual() {
        Fit fit = Fit.of(new double[] {2, 4.2, -6}, new double[] {1, 2, -3});
        assertThat(fit.k()).isCloseTo((2 + 8.4 + 18) / 14.0, within(1e-12));
        assertThat(fit.residual()).isGreaterThan(1e-3).isLessThan(3e-2);
        assertThat(fit.count()).isEqualTo(3);
    }

    @Test
    void skipsComponentsWithoutValueAndFailsOnAZeroBasis() {
        Fit fit = Fit.of(new double[] {-1, 5, -3}, new double[] {1, Double.NaN, 3});
        assertThat(fit.k()).isEqualTo(-1);
        assertThat(fit.residual()).isZero();
        assertThat(fit.count()).isEqualTo(2);
        Fit none = Fit.of(new double[] {1, 2}, new double[] {0, 0});
        assertThat(none.k()).isNaN();
        assertThat(none.holds(1)).isFalse();
    }

    @Test
    void relativeErrorSkipsUncheckedComponents() {
        assertThat(Vectors.relativeError(new double[] {1, 9}, new double[] {1, Double.NaN})).isZero();
        assertThat(Vectors.relativeError(new double[] {1}, new double[] {Double.NaN})).isNaN();
        assertThat(Vectors.relativeError(new double[] {1, 0}, new double[] {-1, 0})).isEqualTo(1);
        assertThat(Vectors.transpose(new double[] {1, 2, 3, 4, 5, 6}, 2, 3)).containsExactly(1, 4, 2, 5, 3, 6);
    }
}
