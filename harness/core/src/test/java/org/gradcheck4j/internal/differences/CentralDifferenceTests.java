package org.gradcheck4j.internal.differences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.internal.model.ModelReader;
import org.gradcheck4j.internal.objective.NotFinite;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.theta.ThetaBuilder;
import org.gradcheck4j.testlayers.Dense;
import org.gradcheck4j.testlayers.EjmlDense;
import org.junit.jupiter.api.Test;

/**
 * The exhaustive loop perturbs double[], double[][] and DMatrixRMaj tensors in their own arrays; it
 * must give exactly what the per-component path through the adapter gives, and leave θ as it was.
 */
class CentralDifferenceTests {

    @Test
    void theInPlaceLoopEqualsTheAdapterPathBitForBit() {
        Dense dense = new Dense(4, 3, new Random(1));
        double[][] x = {{0.5, -1}, {2, 0.25}, {-0.75, 1}, {1.5, -2}};
        assertSameAsAdapterPath(dense, List.of((Object) x));
        EjmlDense ejml = new EjmlDense(3, 2, new Random(2));
        DMatrixRMaj xm = new DMatrixRMaj(3, 2, true, 0.5, -1, 2, 0.25, -0.75, 1);
        assertSameAsAdapterPath(ejml, List.of((Object) xm));
    }

    @Test
    void aNonFiniteCostInTheLoopNamesTheElement() {
        Dense dense = new Dense(2, 2, new Random(3));
        double[][] x = {{1e308}, {1e308}};
        var model = ModelReader.of(Dense.class);
        Theta theta = ThetaBuilder.build(model, dense, List.of((Object) x));
        Objective objective = new Objective(model, dense, List.of((Object) x), 5);
        dense.weights()[0][1] = 1e300;
        NotFinite e = assertThrows(NotFinite.class, () -> CentralDifference.gradient(theta, objective::cost, 1e-7));
        assertThat(e.getMessage()).startsWith("J is ").contains("when W[0,0] is perturbed by");
    }

    private static void assertSameAsAdapterPath(Object layer, List<Object> inputs) {
        var model = ModelReader.of(layer.getClass());
        Theta theta = ThetaBuilder.build(model, layer, inputs);
        Objective objective = new Objective(model, layer, inputs, 9);
        double[][] before = theta.snapshot();
        double[][] numeric = CentralDifference.gradient(theta, objective::cost, 1e-7);
        for (int s = 0; s < numeric.length; s++) {
            TensorSlot slot = theta.slots().get(s);
            assertThat(slot.backingRows()).as(slot.name()).isNotNull();
            for (int i = 0; i < slot.size(); i++) {
                double viaAdapter = CentralDifference.derivative(slot, i, objective::cost, 1e-7);
                assertEquals(Double.doubleToLongBits(viaAdapter), Double.doubleToLongBits(numeric[s][i]),
                        slot.elementName(i));
            }
        }
        double[][] after = theta.snapshot();
        for (int s = 0; s < before.length; s++) {
            assertThat(after[s]).as(theta.slots().get(s).name()).isEqualTo(before[s]);
        }
    }
}
