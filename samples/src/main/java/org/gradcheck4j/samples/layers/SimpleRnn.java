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
 * A simple recurrent cell unrolled over T steps:
 * {@code a⟨t⟩ = tanh(Wax·x⟨t⟩ + Waa·a⟨t−1⟩ + ba)}, from an initial state {@code a⟨0⟩} that is an
 * input of its own (the last state of the previous chunk of a long sequence, or zeros). The input
 * X stacks the T steps' {@code x⟨t⟩} (each {@code n_x × m}) into {@code (T·n_x) × m}; the output
 * stacks the hidden states {@code a⟨1⟩ … a⟨T⟩} into {@code (T·n_a) × m}.
 *
 * <p>Backpropagation through time, from the last step back: {@code da = dY⟨t⟩ + da_next},
 * {@code dz = da ⊙ (1 − a⟨t⟩²)}, {@code dWax += dz·x⟨t⟩ᵀ}, {@code dWaa += dz·a⟨t−1⟩ᵀ},
 * {@code dba += Σ_j dz}, {@code dx⟨t⟩ = Waxᵀ·dz}, {@code da_next = Waaᵀ·dz}; what flows out of
 * the first step is the gradient of the initial state, {@code da⟨0⟩}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class SimpleRnn {

    @Param
    private final DMatrixRMaj Wax;
    @Param
    private final DMatrixRMaj Waa;
    @Param
    private final DMatrixRMaj ba;
    @Grad("Wax")
    private final DMatrixRMaj dWax;
    @Grad("Waa")
    private final DMatrixRMaj dWaa;
    @Grad("ba")
    private final DMatrixRMaj dba;

    private final int steps;
    private DMatrixRMaj[] xs;
    private DMatrixRMaj[] states;

    /**
     * Creates a cell with Xavier-scaled weights and a small random bias.
     *
     * @param inputs n_x
     * @param hidden n_a
     * @param steps T
     * @param random the source. Modified (advanced).
     */
    public SimpleRnn(int inputs, int hidden, int steps, Random random) {
        if (steps < 1) {
            throw new IllegalArgumentException("need at least one time step, got " + steps);
        }
        this.Wax = Matrices.gaussian(hidden, inputs, Math.sqrt(1.0 / inputs), random);
        this.Waa = Matrices.gaussian(hidden, hidden, Math.sqrt(1.0 / hidden), random);
        this.ba = Matrices.gaussian(hidden, 1, 0.1, random);
        this.dWax = new DMatrixRMaj(hidden, inputs);
        this.dWaa = new DMatrixRMaj(hidden, hidden);
        this.dba = new DMatrixRMaj(hidden, 1);
        this.steps = steps;
    }

    /**
     * Runs the cell over the T steps.
     *
     * @param x {@code (T·n_x) × m}. Not modified.
     * @param a0 the initial state a⟨0⟩, {@code n_a × m}. Not modified.
     * @return the hidden states, {@code (T·n_a) × m}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x, DMatrixRMaj a0) {
        int nx = Wax.numCols;
        int na = Wax.numRows;
        Matrices.requireRows(x, steps * nx, "input X (T·n_x rows)");
        int m = x.numCols;
        xs = new DMatrixRMaj[steps];
        states = new DMatrixRMaj[steps + 1];
        Matrices.requireShape(a0, na, m, "initial state a⟨0⟩ (n_a × m)");
        states[0] = a0.copy();
        DMatrixRMaj y = new DMatrixRMaj(steps * na, m);
        for (int t = 0; t < steps; t++) {
            xs[t] = CommonOps_DDRM.extract(x, t * nx, (t + 1) * nx, 0, m);
            DMatrixRMaj z = CommonOps_DDRM.mult(Wax, xs[t], null);
            CommonOps_DDRM.multAdd(Waa, states[t], z);
            Matrices.addToColumns(z, ba);
            states[t + 1] = Matrices.map(z, Math::tanh);
            CommonOps_DDRM.insert(states[t + 1], y, t * na, 0);
        }
        return y;
    }

    /**
     * Backpropagates through time; fills {@code dWax}, {@code dWaa}, {@code dba}.
     *
     * @param dy ∂J/∂Y, {@code (T·n_a) × m}. Not modified.
     * @return {@code Tensors.of(dX, da⟨0⟩)}: ∂J/∂X, {@code (T·n_x) × m}, and ∂J/∂a⟨0⟩, {@code n_a × m}, new matrices
     */
    @Backward
    public Tensors backward(DMatrixRMaj dy) {
        int na = Wax.numRows;
        int nx = Wax.numCols;
        int m = dy.numCols;
        dWax.zero();
        dWaa.zero();
        dba.zero();
        DMatrixRMaj dx = new DMatrixRMaj(steps * nx, m);
        DMatrixRMaj daNext = new DMatrixRMaj(na, m);
        DMatrixRMaj biasStep = new DMatrixRMaj(na, 1);
        for (int t = steps - 1; t >= 0; t--) {
            DMatrixRMaj da = CommonOps_DDRM.extract(dy, t * na, (t + 1) * na, 0, m);
            CommonOps_DDRM.addEquals(da, daNext);
            DMatrixRMaj a = states[t + 1];
            DMatrixRMaj dz = new DMatrixRMaj(na, m);
            for (int i = 0; i < dz.getNumElements(); i++) {
                dz.data[i] = da.data[i] * (1 - a.data[i] * a.data[i]);
            }
            CommonOps_DDRM.multAddTransB(dz, xs[t], dWax);
            CommonOps_DDRM.addEquals(dWaa, recurrentWeightGradient(dz, states[t], a));
            CommonOps_DDRM.addEquals(dba, Matrices.sumColumns(dz, biasStep));
            CommonOps_DDRM.insert(CommonOps_DDRM.multTransA(Wax, dz, null), dx, t * nx, 0);
            daNext = t > 0 ? previousStateGradient(dz, Waa) : initialStateGradient(dz, Waa);
        }
        return Tensors.of(dx, daNext);
    }

    /**
     * The gradient of the initial state, what flows back out of the first step: {@code Waaᵀ·dz⟨1⟩}.
     *
     * @param dz ∂J/∂z⟨1⟩. Not modified.
     * @param Waa the recurrent weights. Not modified.
     * @return ∂J/∂a⟨0⟩, a new {@code n_a × m} matrix
     */
    protected DMatrixRMaj initialStateGradient(DMatrixRMaj dz, DMatrixRMaj Waa) {
        return CommonOps_DDRM.multTransA(Waa, dz, null);
    }

    /**
     * One step's contribution to dWaa: {@code dz·a⟨t−1⟩ᵀ}.
     *
     * @param dz ∂J/∂z⟨t⟩. Not modified.
     * @param previous a⟨t−1⟩. Not modified.
     * @param current a⟨t⟩. Not modified.
     * @return a new {@code n_a × n_a} matrix
     */
    protected DMatrixRMaj recurrentWeightGradient(DMatrixRMaj dz, DMatrixRMaj previous, DMatrixRMaj current) {
        return CommonOps_DDRM.multTransB(dz, previous, null);
    }

    /**
     * The gradient that flows to the previous hidden state: {@code Waaᵀ·dz}.
     *
     * @param dz ∂J/∂z⟨t⟩. Not modified.
     * @param Waa the recurrent weights. Not modified.
     * @return a new {@code n_a × m} matrix
     */
    protected DMatrixRMaj previousStateGradient(DMatrixRMaj dz, DMatrixRMaj Waa) {
        return CommonOps_DDRM.multTransA(Waa, dz, null);
    }

    /**
     * The length of the sequences this layer unrolls over.
     *
     * @return T, the number of time steps
     */
    public int steps() {
        return steps;
    }
}
