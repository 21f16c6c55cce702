package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import org.apiguardian.api.API;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/**
 * The cost J(θ) of a check and its analytic gradient. For a layer, {@code J = Σ_k Σ R_k ⊙ y_k} over
 * its outputs y_k with fixed random R_k drawn from the seed (accumulated in double), and R_k is the
 * dJ/dy_k given to backward; for a cost, J is what forward returns. The {@code @Penalty} is added, and every
 * {@code @RandomSource} is reseeded before each forward pass. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class Objective {

    private final LayerModel model;
    private final Object layer;
    private final Object[] inputs;
    private final long seed;
    private double[] projection;
    private double[] target;
    private Outputs outputs;
    private long evaluations;
    private double lastCost;
    private Cancellation cancellation = new Cancellation();

    public Objective(LayerModel model, Object layer, List<Object> inputs, long seed) {
        this.model = model;
        this.layer = layer;
        this.inputs = inputs.toArray();
        this.seed = seed;
    }

    /** J at the current θ. */
    public double cost() {
        evaluations++;
        Object y = forward();
        double j = model.returnsCost() ? ((Number) y).doubleValue() : projected(y);
        lastCost = j + penalty();
        return lastCost;
    }

    /**
     * The magnitude of the terms J sums at the current θ, {@code Σ |R_i y_i| + |penalty|} (for a
     * cost, {@code |J|}): what J's rounding error scales with. One more evaluation of J.
     */
    public double scale() {
        evaluations++;
        Object y = forward();
        double terms;
        if (model.returnsCost()) {
            terms = Math.abs(((Number) y).doubleValue());
        } else {
            List<Object> ys = project(y);
            double[] v = outputs.values(ys);
            terms = 0;
            for (int i = 0; i < projection.length; i++) {
                terms += Math.abs(projection[i] * v[i]);
            }
        }
        return terms + Math.abs(penalty());
    }

    /**
     * Runs the forward pass at the current θ and drops its result (not an evaluation of J); a layer's
     * outputs are laid out from it, or checked against the layout, like any other forward pass's.
     */
    public void forwardOnly() {
        Object y = forward();
        if (!model.returnsCost()) {
            project(y);
        }
    }

    /** The value of the latest {@link #cost()}. */
    public double lastCost() {
        return lastCost;
    }

    /** The penalty term alone (0 without a {@code @Penalty}). */
    public double penalty() {
        if (model.penalty().isEmpty()) {
            return 0.0;
        }
        return ((Number) Invoker.call(model.penalty().get(), layer)).doubleValue();
    }

    /**
     * Runs forward and backward at the current θ and copies the analytic gradient of every slot.
     *
     * @return one row-major array per slot of {@code theta}
     */
    public double[][] gradients(Theta theta) {
        Object y = forward();
        Object dx;
        if (model.returnsCost()) {
            dx = Invoker.call(model.backward(), layer);
        } else {
            dx = Invoker.call(model.backward(), layer, upstream(project(y), projection));
        }
        return copy(theta, dx);
    }

    /**
     * The objective that training descends: for a cost, J itself; for a layer, the regression cost
     * {@code ½‖forward(x) − T‖² + penalty} towards a fixed random target T, which (unlike the
     * projection, which is unbounded below) has a minimum, so that weights reach a trained scale
     * instead of growing without end.
     */
    public double trainingCost() {
        if (model.returnsCost()) {
            return cost();
        }
        evaluations++;
        List<Object> ys = project(forward());
        double[] v = outputs.values(ys);
        double[] t = target();
        double j = 0;
        for (int i = 0; i < projection.length; i++) {
            double d = v[i] - t[i];
            j += d * d / 2;
        }
        return j + penalty();
    }

    /** The gradient of {@link #trainingCost()}, one row-major array per slot of {@code theta}. */
    public double[][] trainingGradients(Theta theta) {
        if (model.returnsCost()) {
            return gradients(theta);
        }
        List<Object> ys = project(forward());
        double[] residual = outputs.values(ys);
        double[] t = target();
        for (int i = 0; i < residual.length; i++) {
            residual[i] -= t[i];
        }
        Object dx = Invoker.call(model.backward(), layer, upstream(ys, residual));
        return copy(theta, dx);
    }

    private double[][] copy(Theta theta, Object dx) {
        List<Object> returned = model.differentiatedInputs().isEmpty() ? List.of() : Outputs.unpack(dx);
        GradientCopy.count(model, returned.size());
        List<TensorSlot> slots = theta.slots();
        double[][] g = new double[slots.size()][];
        for (int s = 0; s < g.length; s++) {
            TensorSlot slot = slots.get(s);
            Object tensor = slot.gradient() == null ? returned.get(slot.returnedIndex()) : slot.gradient().read(layer);
            boolean missing = tensor == null && slot.gradient() != null && slot.gradient().missingKey(layer);
            g[s] = GradientCopy.of(model, slot, tensor, missing);
        }
        return g;
    }

    /** The number of outputs of a layer's forward pass (0 for a cost); known after the first evaluation. */
    public int outputCount() {
        return model.returnsCost() || outputs == null ? 0 : outputs.count();
    }

    /**
     * The projection term of each output at the current θ, {@code Σ R_k ⊙ y_k} for every k (one
     * forward pass, not counted as an evaluation of J). Only for a layer.
     */
    public double[] outputTerms() {
        List<Object> ys = project(forward());
        double[] v = outputs.values(ys);
        double[] terms = new double[outputs.count()];
        int offset = 0;
        for (int k = 0; k < terms.length; k++) {
            for (int i = offset; i < offset + outputs.size(k); i++) {
                terms[k] += projection[i] * v[i];
            }
            offset += outputs.size(k);
        }
        return terms;
    }

    /**
     * The analytic gradient of the projection term of output {@code k} alone (plus the penalty's),
     * one row-major array per slot of {@code theta}: backward given R_k for output k and zeros for
     * the others. Only for a layer.
     */
    public double[][] outputGradients(Theta theta, int k) {
        List<Object> ys = project(forward());
        double[] masked = new double[projection.length];
        int offset = 0;
        for (int o = 0; o < k; o++) {
            offset += outputs.size(o);
        }
        System.arraycopy(projection, offset, masked, offset, outputs.size(k));
        return copy(theta, Invoker.call(model.backward(), layer, upstream(ys, masked)));
    }

    /** How many times J has been evaluated. */
    public long evaluations() {
        return evaluations;
    }

    /** The request to stop that every evaluation of J checks first. */
    public Cancellation cancellation() {
        return cancellation;
    }

    /** Makes evaluations check {@code shared} instead (parallel replicas follow the checked layer's). */
    public void cancelWith(Cancellation shared) {
        this.cancellation = shared;
    }

    /** Counts evaluations made on other instances of the layer for this check (parallel workers). */
    public void addEvaluations(long count) {
        evaluations += count;
    }

    private Object forward() {
        cancellation.checkpoint();
        reseed();
        Object y = Invoker.call(model.forward(), layer, inputs);
        cancellation.checkpoint();
        if (y == null) {
            throw new LayerFailure(Invoker.describe(model.forward(), layer),
                    new NullPointerException("@Forward returned null"));
        }
        return y;
    }

    private void reseed() {
        for (Field f : model.randomSources()) {
            try {
                Random random = (Random) f.get(layer);
                if (random == null) {
                    throw new GradCheckConfigurationException(model.type(), "@RandomSource field " + f.getName(),
                            "is null", "initialise it with a java.util.Random");
                }
                random.setSeed(seed);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + f, e);
            }
        }
    }

    /** J's projection term needs {@code projection} laid out over the outputs; returns them. */
    private List<Object> project(Object y) {
        List<Object> ys = Outputs.unpack(y);
        if (outputs == null) {
            outputs = Outputs.of(model, layer, ys);
            projection = Projection.draw(outputs.total(), seed);
        } else {
            outputs.check(ys);
        }
        return ys;
    }

    private double projected(Object y) {
        if (outputs != null && outputs.count() == 1 && DirectProjection.applies(y, projection.length)) {
            return DirectProjection.dot(projection, y);
        }
        List<Object> ys = project(y);
        return outputs.dot(projection, ys);
    }

    /** The training target T, drawn when training first needs it. */
    private double[] target() {
        if (target == null) {
            target = Projection.draw(projection.length, ~seed);
        }
        return target;
    }

    /** The arguments of backward: one dJ/dy_k per output, or all of them in one {@link Tensors} argument. */
    private Object[] upstream(List<Object> ys, double[] values) {
        Object[] dys = outputs.upstream(ys, values);
        Class<?>[] parameters = model.backward().getParameterTypes();
        if (parameters.length == 1 && parameters[0] == Tensors.class) {
            return new Object[] {Tensors.of(dys)};
        }
        if (parameters.length != dys.length) {
            throw new GradCheckConfigurationException(model.type(), "@Backward method " + model.backward().getName(),
                    "takes " + parameters.length + " argument(s) but @Forward returned " + dys.length + " outputs",
                    "take one dJ/dy argument per output of @Forward, in order, or one Tensors argument");
        }
        return dys;
    }
}
