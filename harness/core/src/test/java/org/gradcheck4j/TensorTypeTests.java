package org.gradcheck4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.testlayers.Vec;
import org.junit.jupiter.api.Test;

/** Every supported tensor shape of a parameter, and a project's own type through the SPI. */
class TensorTypeTests {

    /** J = Σ_i c_i v_i² over a Vec parameter; a planted factor can break the gradient. */
    static class OnOwnType {
        @Param Vec v = new Vec(0.5, -1.0, 2.0);
        @Grad("v") Vec dv = new Vec(0, 0, 0);
        double factor = 1;

        @Forward
        public Vec forward() {
            Vec y = new Vec(0, 0, 0);
            for (int i = 0; i < 3; i++) {
                y.set(i, v.get(i) * v.get(i));
            }
            return y;
        }

        @Backward
        public void backward(Vec dy) {
            for (int i = 0; i < 3; i++) {
                dv.set(i, factor * 2 * v.get(i) * dy.get(i));
            }
        }
    }

    /** J = Σ_l Σ ‖W[l]‖² over an array of EJML matrices; gradients assigned anew in backward. */
    static class ArrayOfMatrices {
        @Param DMatrixRMaj[] W = {new DMatrixRMaj(2, 3, true, 1, 2, 3, 4, 5, 6), new DMatrixRMaj(1, 2, true, -1, 0.5)};
        @Grad("W") DMatrixRMaj[] dW = new DMatrixRMaj[2];
        int wrongLayer = -1;

        @Forward
        public double cost() {
            double j = 0;
            for (DMatrixRMaj w : W) {
                for (int i = 0; i < w.getNumElements(); i++) {
                    j += w.data[i] * w.data[i];
                }
            }
            return j;
        }

        @Backward
        public void backward() {
            for (int l = 0; l < W.length; l++) {
                dW[l] = W[l].copy();
                for (int i = 0; i < dW[l].getNumElements(); i++) {
                    dW[l].data[i] *= 2;
                }
            }
            if (wrongLayer >= 0) {
                dW[wrongLayer].data[2] = 0;
            }
        }
    }

    /** A List of float[] and a float[][] matrix: J = Σ u_k² + Σ M_ij. */
    static class FloatList {
        @Param List<float[]> u = List.of(new float[] {0.5f, 1.5f}, new float[] {-2f});
        @Grad("u") List<float[]> du = List.of(new float[2], new float[1]);
        @Param float[][] m = {{1f, 2f}, {3f, 4f}};
        @Grad("m") float[][] dm = new float[2][2];

        @Forward
        public double cost() {
            double j = 0;
            for (float[] v : u) {
                for (float x : v) {
                    j += x * x;
                }
            }
            for (float[] row : m) {
                for (float x : row) {
                    j += x;
                }
            }
            return j;
        }

        @Backward
        public void backward() {
            for (int k = 0; k < u.size(); k++) {
                for (int i = 0; i < u.get(k).length; i++) {
                    du.get(k)[i] = 2 * u.get(k)[i];
                }
            }
            for (float[] row : dm) {
                java.util.Arrays.fill(row, 1f);
            }
        }
    }

    @Test
    void aProjectsOwnTensorTypeWorksThroughTheServiceLoader() {
        assertEquals(Verdict.PASS, GradCheck.of(new OnOwnType()).run().verdict());
        OnOwnType wrong = new OnOwnType();
        wrong.factor = 0.5;
        assertEquals(List.of("v"), GradCheck.of(wrong).run().failingTensors().stream().map(TensorResult::name).toList());
    }

    @Test
    void anArrayOfMatricesIsOneTensorPerElementWithIndexedNames() {
        GradCheckResult ok = GradCheck.of(new ArrayOfMatrices()).run();
        assertEquals(Verdict.PASS, ok.verdict(), ok::message);
        assertEquals(List.of("W[0]", "W[1]"), ok.tensors().stream().map(TensorResult::name).toList());
        ArrayOfMatrices layer = new ArrayOfMatrices();
        layer.wrongLayer = 0;
        GradCheckResult bad = GradCheck.of(layer).run();
        assertEquals(List.of("W[0]"), bad.failingTensors().stream().map(TensorResult::name).toList());
        assertEquals("W[0][0,2]", bad.tensor("W[0]").orElseThrow().worst().get(0).name());
    }

    @Test
    void listsOfFloatVectorsAndFloatMatricesAreChecked() {
        GradCheckResult r = GradCheck.of(new FloatList()).run();
        assertEquals(Verdict.PASS, r.verdict(), r::message);
        assertThat(r.tensors()).extracting(TensorResult::name).containsExactly("u[0]", "u[1]", "m");
        assertEquals(List.of(2, 2), r.tensor("m").orElseThrow().shape());
    }
}
