package org.gradcheck4j.internal.differences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one perturb-evaluate-restore of the engine: J on both sides, the stored steps, θ restored bit-exactly whatever happens. */
class PerturbationTests {

    /** An element that stores what it is given, rounded to float when {@code single}. */
    private static final class Box implements Perturbation.Element {
        final boolean single;
        double value;
        final List<Double> seen = new ArrayList<>();

        Box(double value, boolean single) {
            this.value = value;
            this.single = single;
        }

        @Override
        public double get() {
            return value;
        }

        @Override
        public void set(double v) {
            value = single ? (float) v : v;
        }
    }

    @Test
    void evaluatesBothSidesAndRestoresBitExactly() {
        Box box = new Box(0.1 + 0.2, false);
        long before = Double.doubleToRawLongBits(box.value);
        Perturbation.Sides sides = Perturbation.around(box, () -> {
            box.seen.add(box.value);
            return box.value * box.value * box.value;
        }, 1e-3);
        assertEquals(before, Double.doubleToRawLongBits(box.value));
        assertThat(box.seen).hasSize(2);
        assertThat(box.seen.get(0)).isGreaterThan(box.value);
        assertThat(box.seen.get(1)).isLessThan(box.value);
        assertEquals(3 * box.value * box.value, sides.central(), 1e-5);
        assertThat(sides.right(box.value * box.value * box.value)).isGreaterThan(sides.left(box.value * box.value * box.value));
    }

    @Test
    void aFloatElementDividesByTheStepItActuallyStored() {
        Box box = new Box(1.0f / 3, true);
        Perturbation.Sides sides = Perturbation.around(box, () -> 2 * box.value, 1e-2);
        assertEquals((float) (box.value + 1e-2), sides.up(), 0);
        assertEquals(2.0, sides.central(), 1e-12);
        assertThat(sides.up() - sides.saved()).isNotEqualTo(1e-2);
    }

    @Test
    void theValueIsRestoredWhenTheCostThrows() {
        Box box = new Box(-7.25, false);
        assertThrows(IllegalStateException.class, () -> Perturbation.around(box, () -> {
            throw new IllegalStateException("layer failed");
        }, 1e-7));
        assertEquals(-7.25, box.value, 0);
    }

    @Test
    void aNonFiniteSideIsReportedNotHidden() {
        Box box = new Box(0, false);
        Perturbation.Sides sides = Perturbation.around(box, () -> box.value > 0 ? Double.POSITIVE_INFINITY : 1, 1e-7);
        assertThat(sides.finite()).isFalse();
        assertEquals(0, box.value, 0);
    }
}
