package org.gradcheck4j.internal.objective;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Random;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.tensor.BulkCopy;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * The cost J(θ) of a check and its analytic gradient. For a layer, {@code J = Σ R ⊙ forward(x)}
 * with a fixed random R drawn from the seed (accumulated in double), and R is the dJ/dy given to
 * backward; for a cost, J is what forward returns. The {@code @Penalty} is added, and every
 * {@code @RandomSource} is reseeded before each forward pass. Internal.
 */
public final class Objective {

    private final LayerModel model;
    private final Object layer;
    private final Object[] inputs;
    private final long seed;
    private double[] projection;
    private double[] target;
    private TensorAdapter outputAdapter;
    private long evaluations;
    private double lastCost;

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
        double j = model.returnsCost() ? ((Number) y).doubleValue() : project(y);
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
            project(y);
            terms = 0;
            for (int i = 0; i < projection.length; i++) {
                terms += Math.abs(projection[i] * outputAdapter.get(y, i));
            }
        }
        return terms + Math.abs(penalty());
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
            project(y);
            dx = Invoker.call(model.backward(), layer, upstream(y, projection));
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
        Object y = forward();
        project(y);
        double[] t = target();
        double j = 0;
        for (int i = 0; i < projection.length; i++) {
            double d = outputAdapter.get(y, i) - t[i];
            j += d * d / 2;
        }
        return j + penalty();
    }

    /** The gradient of {@link #trainingCost()}, one row-major array per slot of {@code theta}. */
    public double[][] trainingGradients(Theta theta) {
        if (model.returnsCost()) {
            return gradients(theta);
        }
        Object y = forward();
        project(y);
        double[] residual = new double[projection.length];
        BulkCopy.read(outputAdapter, y, residual);
        double[] t = target();
        for (int i = 0; i < residual.length; i++) {
            residual[i] -= t[i];
        }
        Object dx = Invoker.call(model.backward(), layer, upstream(y, residual));
        return copy(theta, dx);
    }

    private double[][] copy(Theta theta, Object dx) {
        List<TensorSlot> slots = theta.slots();
        double[][] g = new double[slots.size()][];
        for (int s = 0; s < g.length; s++) {
            TensorSlot slot = slots.get(s);
            Object tensor = slot.gradient() == null ? dx : slot.gradient().read(layer);
            boolean missing = tensor == null && slot.gradient() != null && slot.gradient().missingKey(layer);
            g[s] = GradientCopy.of(model, slot, tensor, missing);
        }
        return g;
    }

    /** How many times J has been evaluated. */
    public long evaluations() {
        return evaluations;
    }

    /** Counts evaluations made on other instances of the layer for this check (parallel workers). */
    public void addEvaluations(long count) {
        evaluations += count;
    }

    private Object forward() {
        reseed();
        Object y = Invoker.call(model.forward(), layer, inputs);
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

    private double project(Object y) {
        if (outputAdapter == null) {
            outputAdapter = TensorAdapters.forType(y.getClass()).orElseThrow(() -> new GradCheckConfigurationException(
                    model.type(), "@Forward method " + model.forward().getName(), "returned a "
                    + y.getClass().getTypeName() + ", a tensor type nobody understands",
                    "return one of " + TensorAdapters.supportedTypes()));
            projection = Projection.draw(size(y), seed);
        }
        if (DirectProjection.applies(y, projection.length)) {
            return DirectProjection.dot(projection, y);
        }
        int n = size(y);
        if (n != projection.length) {
            throw new NotFinite("the output of @Forward changed size from " + projection.length + " to " + n
                    + " elements between two calls");
        }
        double j = 0;
        for (int i = 0; i < n; i++) {
            j += projection[i] * outputAdapter.get(y, i);
        }
        return j;
    }

    /** The training target T, drawn when training first needs it. */
    private double[] target() {
        if (target == null) {
            target = Projection.draw(projection.length, ~seed);
        }
        return target;
    }

    private Object upstream(Object y, double[] values) {
        Object dy = outputAdapter.zerosLike(y);
        BulkCopy.write(outputAdapter, dy, values);
        return dy;
    }

    private int size(Object y) {
        int n = 1;
        for (int d : outputAdapter.shape(y)) {
            n *= d;
        }
        return n;
    }
}
