package org.gradcheck4j.nd4j.samples;

import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.memory.LayerMemoryReport;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The configuration of a custom DL4J layer, y = tanh(x W + b), whose backward pass is written by
 * hand in {@link TanhDenseImpl}; {@link Bug} plants a mistake in it. Sample.
 */
public class TanhDense extends FeedForwardLayer {

    private static final long serialVersionUID = 1L;

    /** The mistake planted in the backward pass. */
    public enum Bug {
        /** None: the layer is correct. */
        NONE,
        /** tanh' taken as 1 - tanh instead of 1 - tanh². */
        DERIVATIVE,
        /** The bias gradient taken from the first example only. */
        BIAS_FIRST_EXAMPLE,
        /** The input gradient (epsilon) not multiplied through tanh'. */
        EPSILON
    }

    private Bug bug = Bug.NONE;

    /** For Jackson and cloning. */
    public TanhDense() {
    }

    private TanhDense(Builder builder) {
        super(builder);
        this.bug = builder.bug;
        initializeConstraints(builder);
    }

    /** The planted mistake. */
    public Bug getBug() {
        return bug;
    }

    /** Sets the planted mistake. */
    public void setBug(Bug bug) {
        this.bug = bug;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int index, INDArray params, boolean initialize,
            DataType dataType) {
        TanhDenseImpl layer = new TanhDenseImpl(conf, dataType);
        layer.setListeners(listeners);
        layer.setIndex(index);
        layer.setParamsViewArray(params);
        Map<String, INDArray> table = initializer().init(conf, params, initialize);
        layer.setParamTable(table);
        layer.setConf(conf);
        return layer;
    }

    @Override
    public ParamInitializer initializer() {
        return DefaultParamInitializer.getInstance();
    }

    @Override
    public LayerMemoryReport getMemoryReport(InputType inputType) {
        return new LayerMemoryReport.Builder(layerName, TanhDense.class, inputType, getOutputType(-1, inputType))
                .standardMemory(0, 0).workingMemory(0, 0, 0, 0).cacheMemory(0, 0).build();
    }

    /** Builds a {@link TanhDense}. */
    public static class Builder extends FeedForwardLayer.Builder<Builder> {
        private Bug bug = Bug.NONE;

        /** Plants a mistake. */
        public Builder bug(Bug bug) {
            this.bug = bug;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public TanhDense build() {
            return new TanhDense(this);
        }
    }
}
