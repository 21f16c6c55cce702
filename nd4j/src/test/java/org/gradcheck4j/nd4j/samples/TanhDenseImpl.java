package org.gradcheck4j.nd4j.samples;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The custom layer's hand-written forward and backward passes: y = tanh(x W + b) for a batch x of
 * shape [m, nIn]; dW = xᵀ dz, db = Σ_rows dz, dx = dz Wᵀ with dz = dy ⊙ (1 − y²). Sample.
 */
public class TanhDenseImpl extends BaseLayer<TanhDense> {

    private static final long serialVersionUID = 1L;

    /** Made by {@link TanhDense#instantiate}. */
    public TanhDenseImpl(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaces) {
        INDArray z = input.castTo(dataType).mmul(getParam("W")).addiRowVector(getParam("b"));
        return workspaces.leverageTo(ArrayType.ACTIVATIONS, Transforms.tanh(z, false));
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaces) {
        TanhDense.Bug bug = layerConf().getBug();
        INDArray y = Transforms.tanh(input.castTo(dataType).mmul(getParam("W")).addiRowVector(getParam("b")), false);
        INDArray slope = bug == TanhDense.Bug.DERIVATIVE ? y.rsub(1.0) : y.mul(y).rsubi(1.0);
        INDArray dz = epsilon.mul(slope);
        INDArray dW = gradientViews.get("W");
        INDArray db = gradientViews.get("b");
        dW.assign(input.transpose().mmul(dz));
        db.assign(bug == TanhDense.Bug.BIAS_FIRST_EXAMPLE ? dz.getRow(0, true) : dz.sum(true, 0));
        Gradient gradient = new DefaultGradient();
        gradient.gradientForVariable().put("W", dW);
        gradient.gradientForVariable().put("b", db);
        INDArray dx = (bug == TanhDense.Bug.EPSILON ? epsilon : dz).mmul(getParam("W").transpose());
        return new Pair<>(gradient, workspaces.leverageTo(ArrayType.ACTIVATION_GRAD, dx));
    }

    @Override
    public boolean isPretrainLayer() {
        return false;
    }
}
