package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.samples.Matrices;

/**
 * One step of an LSTM cell, with all its inputs and outputs: it takes {@code x} ({@code n_x × m}),
 * the previous hidden state {@code h⟨t−1⟩} and cell state {@code c⟨t−1⟩} (each {@code n_h × m}),
 * and returns the new {@code h} and {@code c}. With {@code z = W·[x; h⟨t−1⟩] + b} split into four
 * {@code n_h}-row blocks: {@code f = σ(z_f)}, {@code i = σ(z_i)}, {@code g = tanh(z_g)},
 * {@code o = σ(z_o)}, {@code c = f ⊙ c⟨t−1⟩ + i ⊙ g}, {@code h = o ⊙ tanh(c)}.
 *
 * <p>Backward takes dh and dc (the gradient arriving at each output) and returns the gradients of
 * the three inputs: {@code dc_total = dc + dh ⊙ o ⊙ (1 − tanh²c)}, {@code do = dh ⊙ tanh c},
 * {@code df = dc_total ⊙ c⟨t−1⟩}, {@code di = dc_total ⊙ g}, {@code dg = dc_total ⊙ i}, each
 * through its nonlinearity into {@code dz}; {@code dW = dz·[x; h⟨t−1⟩]ᵀ}, {@code db = Σ_j dz},
 * {@code [dx; dh⟨t−1⟩] = Wᵀ·dz}, {@code dc⟨t−1⟩ = dc_total ⊙ f}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class LstmCell {

    @Param
    private final DMatrixRMaj W;
    @Param
    private final DMatrixRMaj b;
    @Grad("W")
    private final DMatrixRMaj dW;
    @Grad("b")
    private final DMatrixRMaj db;

    private final int inputs;
    private final int hidden;
    private DMatrixRMaj stacked;
    private DMatrixRMaj cPrev;
    private DMatrixRMaj f;
    private DMatrixRMaj i;
    private DMatrixRMaj g;
    private DMatrixRMaj o;
    private DMatrixRMaj tanhC;

    /**
     * Creates a cell with Xavier-scaled weights and a small random bias.
     *
     * @param inputs n_x
     * @param hidden n_h
     * @param random the source. Modified (advanced).
     */
    public LstmCell(int inputs, int hidden, Random random) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.W = Matrices.gaussian(4 * hidden, inputs + hidden, Math.sqrt(1.0 / (inputs + hidden)), random);
        this.b = Matrices.gaussian(4 * hidden, 1, 0.1, random);
        this.dW = new DMatrixRMaj(4 * hidden, inputs + hidden);
        this.db = new DMatrixRMaj(4 * hidden, 1);
    }

    /**
     * One step.
     *
     * @param x the input, {@code n_x × m}. Not modified.
     * @param hPrev h⟨t−1⟩, {@code n_h × m}. Not modified.
     * @param cPrev c⟨t−1⟩, {@code n_h × m}. Not modified; kept for the backward pass.
     * @return {@code Tensors.of(h, c)}, new matrices
     */
    @Forward
    public Tensors forward(DMatrixRMaj x, DMatrixRMaj hPrev, DMatrixRMaj cPrev) {
        Matrices.requireRows(x, inputs, "input x (n_x rows)");
        int m = x.numCols;
        Matrices.requireShape(hPrev, hidden, m, "h⟨t−1⟩");
        Matrices.requireShape(cPrev, hidden, m, "c⟨t−1⟩");
        this.cPrev = cPrev;
        stacked = new DMatrixRMaj(inputs + hidden, m);
        CommonOps_DDRM.insert(x, stacked, 0, 0);
        CommonOps_DDRM.insert(hPrev, stacked, inputs, 0);
        DMatrixRMaj z = Matrices.addToColumns(CommonOps_DDRM.mult(W, stacked, null), b);
        f = Matrices.map(block(z, 0), LstmCell::sigmoid);
        i = Matrices.map(block(z, 1), LstmCell::sigmoid);
        g = Matrices.map(block(z, 2), Math::tanh);
        o = Matrices.map(block(z, 3), LstmCell::sigmoid);
        DMatrixRMaj c = new DMatrixRMaj(hidden, m);
        CommonOps_DDRM.elementMult(f, cPrev, c);
        DMatrixRMaj ig = CommonOps_DDRM.elementMult(i, g, null);
        CommonOps_DDRM.addEquals(c, ig);
        tanhC = Matrices.map(c, Math::tanh);
        return Tensors.of(CommonOps_DDRM.elementMult(o, tanhC, null), c);
    }

    /**
     * Fills {@code dW}, {@code db}; returns the gradients of the three inputs.
     *
     * @param dh ∂J/∂h, {@code n_h × m}. Not modified.
     * @param dc ∂J/∂c, {@code n_h × m}. Not modified.
     * @return {@code Tensors.of(dx, dh⟨t−1⟩, dc⟨t−1⟩)}, new matrices
     */
    @Backward
    public Tensors backward(DMatrixRMaj dh, DMatrixRMaj dc) {
        int m = dh.numCols;
        DMatrixRMaj dcTotal = cellGradient(dh, dc, o, tanhC);
        DMatrixRMaj dz = new DMatrixRMaj(4 * hidden, m);
        for (int r = 0; r < hidden; r++) {
            for (int j = 0; j < m; j++) {
                double fr = f.get(r, j);
                double ir = i.get(r, j);
                double gr = g.get(r, j);
                double or = o.get(r, j);
                double d = dcTotal.get(r, j);
                dz.set(r, j, d * cPrev.get(r, j) * fr * (1 - fr));
                dz.set(hidden + r, j, d * gr * ir * (1 - ir));
                dz.set(2 * hidden + r, j, d * ir * (1 - gr * gr));
                dz.set(3 * hidden + r, j, dh.get(r, j) * tanhC.get(r, j) * or * (1 - or));
            }
        }
        CommonOps_DDRM.multTransB(dz, stacked, dW);
        Matrices.sumColumns(dz, db);
        DMatrixRMaj dStacked = CommonOps_DDRM.multTransA(W, dz, null);
        DMatrixRMaj dx = CommonOps_DDRM.extract(dStacked, 0, inputs, 0, m);
        DMatrixRMaj dhPrev = CommonOps_DDRM.extract(dStacked, inputs, inputs + hidden, 0, m);
        return Tensors.of(dx, dhPrev, previousCellGradient(dcTotal, f));
    }

    /**
     * The gradient arriving at c from both outputs: {@code dc + dh ⊙ o ⊙ (1 − tanh²c)}.
     *
     * @param dh ∂J/∂h. Not modified.
     * @param dc ∂J/∂c. Not modified.
     * @param o the output gate. Not modified.
     * @param tanhC tanh(c). Not modified.
     * @return a new matrix
     */
    protected DMatrixRMaj cellGradient(DMatrixRMaj dh, DMatrixRMaj dc, DMatrixRMaj o, DMatrixRMaj tanhC) {
        DMatrixRMaj total = dc.copy();
        for (int k = 0; k < total.getNumElements(); k++) {
            total.data[k] += dh.data[k] * o.data[k] * (1 - tanhC.data[k] * tanhC.data[k]);
        }
        return total;
    }

    /**
     * The gradient that flows to c⟨t−1⟩: {@code dc_total ⊙ f}.
     *
     * @param dcTotal ∂J/∂c from both outputs. Not modified.
     * @param f the forget gate. Not modified.
     * @return a new matrix
     */
    protected DMatrixRMaj previousCellGradient(DMatrixRMaj dcTotal, DMatrixRMaj f) {
        return CommonOps_DDRM.elementMult(dcTotal, f, null);
    }

    private DMatrixRMaj block(DMatrixRMaj z, int k) {
        return CommonOps_DDRM.extract(z, k * hidden, (k + 1) * hidden, 0, z.numCols);
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }
}
