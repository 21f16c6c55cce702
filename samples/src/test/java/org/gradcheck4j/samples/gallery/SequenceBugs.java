package org.gradcheck4j.samples.gallery;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.gradcheck4j.samples.layers.Attention;
import org.gradcheck4j.samples.layers.Embedding;
import org.gradcheck4j.samples.layers.LstmCell;
import org.gradcheck4j.samples.layers.SimpleRnn;

/** Embedding, recurrent, LSTM and attention layers with one planted mistake each. */
final class SequenceBugs {

    private SequenceBugs() {
    }

    /** Assigns instead of adding, so an id that occurs twice keeps only its last gradient. */
    static final class EmbeddingOverwritesRepeatedIds extends Embedding {
        EmbeddingOverwritesRepeatedIds(int dimension, int vocabulary, Random random) {
            super(dimension, vocabulary, random);
        }

        @Override
        protected void scatter(DMatrixRMaj dy, int[] ids, DMatrixRMaj dE) {
            for (int j = 0; j < ids.length; j++) {
                for (int i = 0; i < dE.numRows; i++) {
                    dE.set(i, ids[j], dy.get(i, j));
                }
            }
        }
    }

    /** Divides by the batch size m, although the lookup sums rather than averages. */
    static final class EmbeddingGradientAveragedOverBatch extends Embedding {
        EmbeddingGradientAveragedOverBatch(int dimension, int vocabulary, Random random) {
            super(dimension, vocabulary, random);
        }

        @Override
        protected void scatter(DMatrixRMaj dy, int[] ids, DMatrixRMaj dE) {
            for (int j = 0; j < ids.length; j++) {
                for (int i = 0; i < dE.numRows; i++) {
                    dE.add(i, ids[j], dy.get(i, j) / ids.length);
                }
            }
        }
    }

    /** Sends nothing back to the previous hidden state: backpropagation truncated to one step. */
    static final class RnnWithoutGradientThroughTime extends SimpleRnn {
        RnnWithoutGradientThroughTime(int inputs, int hidden, int steps, Random random) {
            super(inputs, hidden, steps, random);
        }

        @Override
        protected DMatrixRMaj previousStateGradient(DMatrixRMaj dz, DMatrixRMaj Waa) {
            return new DMatrixRMaj(dz.numRows, dz.numCols);
        }
    }

    /** dWaa from the current state a⟨t⟩ instead of the previous one a⟨t−1⟩. */
    static final class RnnRecurrentGradientWithCurrentState extends SimpleRnn {
        RnnRecurrentGradientWithCurrentState(int inputs, int hidden, int steps, Random random) {
            super(inputs, hidden, steps, random);
        }

        @Override
        protected DMatrixRMaj recurrentWeightGradient(DMatrixRMaj dz, DMatrixRMaj previous, DMatrixRMaj current) {
            return CommonOps_DDRM.multTransB(dz, current, null);
        }
    }

    /** Sends Waa·dz back instead of Waaᵀ·dz. */
    static final class RnnStateGradientWithUntransposedWeights extends SimpleRnn {
        RnnStateGradientWithUntransposedWeights(int inputs, int hidden, int steps, Random random) {
            super(inputs, hidden, steps, random);
        }

        @Override
        protected DMatrixRMaj previousStateGradient(DMatrixRMaj dz, DMatrixRMaj Waa) {
            return CommonOps_DDRM.mult(Waa, dz, null);
        }
    }

    /** The softmax backward keeps only the Jacobian's diagonal: dS = A ⊙ dA. */
    static final class AttentionSoftmaxJacobianDiagonalOnly extends Attention {
        AttentionSoftmaxJacobianDiagonalOnly(int model, int keys, int values, Random random) {
            super(model, keys, values, random);
        }

        @Override
        protected DMatrixRMaj scoreGradient(DMatrixRMaj attention, DMatrixRMaj dAttention) {
            DMatrixRMaj ds = new DMatrixRMaj(attention.numRows, attention.numCols);
            CommonOps_DDRM.elementMult(attention, dAttention, ds);
            return ds;
        }
    }

    /** dV = dO·A instead of dO·Aᵀ. */
    static final class AttentionValueGradientWithUntransposedWeights extends Attention {
        AttentionValueGradientWithUntransposedWeights(int model, int keys, int values, Random random) {
            super(model, keys, values, random);
        }

        @Override
        protected DMatrixRMaj valueGradient(DMatrixRMaj dout, DMatrixRMaj attention) {
            return CommonOps_DDRM.mult(dout, attention, null);
        }
    }

    /** dXk = Wqᵀ·dK: the keys' gradient through the query projection (a bug in the second input's gradient only). */
    static final class AttentionKeyGradientWithQueryWeights extends Attention {
        AttentionKeyGradientWithQueryWeights(int model, int keys, int values, Random random) {
            super(model, keys, values, random);
        }

        @Override
        protected DMatrixRMaj keyInputGradient(DMatrixRMaj dk) {
            return CommonOps_DDRM.multTransA(queryWeights(), dk, null);
        }
    }

    /** da⟨0⟩ = Waa·dz⟨1⟩ instead of Waaᵀ·dz⟨1⟩: only the initial state's gradient (the second input's) is wrong. */
    static final class RnnInitialStateGradientWithUntransposedWeights extends SimpleRnn {
        RnnInitialStateGradientWithUntransposedWeights(int inputs, int hidden, int steps, Random random) {
            super(inputs, hidden, steps, random);
        }

        @Override
        protected DMatrixRMaj initialStateGradient(DMatrixRMaj dz, DMatrixRMaj Waa) {
            return CommonOps_DDRM.mult(Waa, dz, null);
        }
    }

    /** dc_total = dh ⊙ o ⊙ (1 − tanh²c): the gradient arriving at the c output is dropped (a bug in the second output's path). */
    static final class LstmCellGradientWithoutDc extends LstmCell {
        LstmCellGradientWithoutDc(int inputs, int hidden, Random random) {
            super(inputs, hidden, random);
        }

        @Override
        protected DMatrixRMaj cellGradient(DMatrixRMaj dh, DMatrixRMaj dc, DMatrixRMaj o, DMatrixRMaj tanhC) {
            return super.cellGradient(dh, new DMatrixRMaj(dc.numRows, dc.numCols), o, tanhC);
        }
    }

    /** dc⟨t−1⟩ = dc_total, without the forget gate's ⊙ f. */
    static final class LstmPreviousCellGradientWithoutForgetGate extends LstmCell {
        LstmPreviousCellGradientWithoutForgetGate(int inputs, int hidden, Random random) {
            super(inputs, hidden, random);
        }

        @Override
        protected DMatrixRMaj previousCellGradient(DMatrixRMaj dcTotal, DMatrixRMaj f) {
            return dcTotal.copy();
        }
    }
}
