package org.gradcheck4j.nd4j.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Tensors;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The {@link CheckedGraph} wrappers by number of differentiated inputs: {@code @Forward} declares
 * its inputs, so a graph whose inputs {@code a} and {@code b} are both differentiable is checked by
 * {@link Two}, with {@code cost(input0, input1)}. The arguments are the arrays the data set feeds the
 * graph, which the engine perturbs in place. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class GraphInputs {

    /** The most differentiated inputs checked; a graph with more keeps all its inputs constant. */
    public static final int MOST = 4;

    private GraphInputs() {
    }

    static CheckedGraph wrap(CheckedGraph.Prepared prepared) {
        return switch (prepared.differentiated().size()) {
            case 0 -> new None(prepared);
            case 1 -> new One(prepared);
            case 2 -> new Two(prepared);
            case 3 -> new Three(prepared);
            case 4 -> new Four(prepared);
            default -> throw new IllegalArgumentException("at most " + MOST + " differentiated inputs");
        };
    }

    /** Every input constant. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class None extends CheckedGraph {

        None(CheckedGraph.Prepared prepared) {
            super(prepared);
        }

        /**
         * The score in training mode.
         *
         * @param firstInput the graph's first input, constant
         * @return the score
         */
        @Forward
        public double cost(@Constant INDArray firstInput) {
            return cost();
        }

        /** Fills the parameter gradients, as the no-op updater leaves them. */
        @Backward
        public void backward() {
            parameterGradients();
        }
    }

    /** One differentiated input. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class One extends CheckedGraph {

        One(CheckedGraph.Prepared prepared) {
            super(prepared);
        }

        /**
         * The score in training mode.
         *
         * @param input0 the differentiated input
         * @return the score
         */
        @Forward
        public double cost(INDArray input0) {
            return cost();
        }

        /**
         * Fills the parameter gradients and returns the input's.
         *
         * @return dJ/d(input0)
         */
        @Backward
        public Tensors backward() {
            Tensors inputs = inputGradients();
            parameterGradients();
            return inputs;
        }
    }

    /** Two differentiated inputs. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class Two extends CheckedGraph {

        Two(CheckedGraph.Prepared prepared) {
            super(prepared);
        }

        /**
         * The score in training mode.
         *
         * @param input0 the first differentiated input
         * @param input1 the second
         * @return the score
         */
        @Forward
        public double cost(INDArray input0, INDArray input1) {
            return cost();
        }

        /**
         * Fills the parameter gradients and returns the inputs'.
         *
         * @return dJ/d(input0), dJ/d(input1)
         */
        @Backward
        public Tensors backward() {
            Tensors inputs = inputGradients();
            parameterGradients();
            return inputs;
        }
    }

    /** Three differentiated inputs. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class Three extends CheckedGraph {

        Three(CheckedGraph.Prepared prepared) {
            super(prepared);
        }

        /**
         * The score in training mode.
         *
         * @param input0 the first differentiated input
         * @param input1 the second
         * @param input2 the third
         * @return the score
         */
        @Forward
        public double cost(INDArray input0, INDArray input1, INDArray input2) {
            return cost();
        }

        /**
         * Fills the parameter gradients and returns the inputs'.
         *
         * @return dJ/d(input0), dJ/d(input1), dJ/d(input2)
         */
        @Backward
        public Tensors backward() {
            Tensors inputs = inputGradients();
            parameterGradients();
            return inputs;
        }
    }

    /** Four differentiated inputs. Internal. */
    @API(status = INTERNAL, since = "0.1.0")
    public static final class Four extends CheckedGraph {

        Four(CheckedGraph.Prepared prepared) {
            super(prepared);
        }

        /**
         * The score in training mode.
         *
         * @param input0 the first differentiated input
         * @param input1 the second
         * @param input2 the third
         * @param input3 the fourth
         * @return the score
         */
        @Forward
        public double cost(INDArray input0, INDArray input1, INDArray input2, INDArray input3) {
            return cost();
        }

        /**
         * Fills the parameter gradients and returns the inputs'.
         *
         * @return dJ/d(input0) to dJ/d(input3)
         */
        @Backward
        public Tensors backward() {
            Tensors inputs = inputGradients();
            parameterGradients();
            return inputs;
        }
    }
}
