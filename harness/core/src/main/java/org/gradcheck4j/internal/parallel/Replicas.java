package org.gradcheck4j.internal.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.gradcheck4j.Dropout;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.DropoutControl;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;
import org.gradcheck4j.internal.theta.ThetaBuilder;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * Builds the workers' replicas of a check. Each replica's layer comes from the factory; the
 * checked layer's current parameter values (after any training) are copied into it, the
 * differentiated inputs are copied (they are perturbed in place), other inputs are shared (read only).
 * A replica whose J differs from the checked layer's at the same θ is refused: the factory does
 * not build equal layers. Internal.
 */
final class Replicas {

    private Replicas() {
    }

    /**
     * Builds {@code count} replicas.
     *
     * @param j0 J of the checked layer at θ, which every replica must reproduce bit for bit
     * @throws GradCheckConfigurationException if the factory builds another class, other shapes or
     *         a layer whose J differs
     */
    static List<Replica> build(int count, Supplier<?> factory, LayerModel model, Theta theta, List<Object> inputs,
                               long seed, Dropout dropout, double j0) {
        List<Replica> replicas = new ArrayList<>(count);
        try {
            for (int w = 0; w < count; w++) {
                replicas.add(one(factory, model, theta, inputs, seed, dropout, j0));
            }
            return replicas;
        } catch (RuntimeException e) {
            replicas.forEach(r -> r.dropout().close());
            throw e;
        }
    }

    private static Replica one(Supplier<?> factory, LayerModel model, Theta theta, List<Object> inputs, long seed,
                               Dropout dropout, double j0) {
        Object layer = factory.get();
        if (layer == null || layer.getClass() != model.type()) {
            throw refused(model, "built a " + (layer == null ? "null" : layer.getClass().getName())
                    + " instead of a " + model.type().getName());
        }
        List<Object> own = copyDifferentiatedInputs(model, inputs);
        Theta replica = ThetaBuilder.build(model, layer, own);
        copyParameters(model, theta, replica);
        DropoutControl control = DropoutControl.apply(dropout, model, layer);
        Objective objective = new Objective(model, layer, own, seed);
        double j = objective.cost();
        if (Double.doubleToLongBits(j) != Double.doubleToLongBits(j0)) {
            control.close();
            throw refused(model, "built a layer whose J is " + j + " where the checked layer's is " + j0
                    + " at the same parameters (state outside the @Param fields differs)");
        }
        return new Replica(replica, objective, control);
    }

    private static List<Object> copyDifferentiatedInputs(LayerModel model, List<Object> inputs) {
        List<Object> own = new ArrayList<>(inputs);
        for (int k : model.differentiatedInputs()) {
            Object x = inputs.get(k);
            TensorAdapter adapter = TensorAdapters.forType(x.getClass()).orElseThrow();
            Object copy = adapter.zerosLike(x);
            int n = Arrays.stream(adapter.shape(x)).reduce(1, Math::multiplyExact);
            for (int i = 0; i < n; i++) {
                adapter.set(copy, i, adapter.get(x, i));
            }
            own.set(k, copy);
        }
        return own;
    }

    private static void copyParameters(LayerModel model, Theta from, Theta to) {
        for (int s = 0; s < from.slots().size(); s++) {
            TensorSlot source = from.slots().get(s);
            TensorSlot target = to.slots().get(s);
            if (!Arrays.equals(source.shape(), target.shape())) {
                throw refused(model, "built " + target.name() + " with shape " + Arrays.toString(target.shape())
                        + " where the checked layer has " + Arrays.toString(source.shape()));
            }
            if (source.kind() == Kind.PARAMETER) {
                for (int i = 0; i < source.size(); i++) {
                    target.set(i, source.get(i));
                }
            }
        }
    }

    private static GradCheckConfigurationException refused(LayerModel model, String problem) {
        return new GradCheckConfigurationException(model.type(), "GradCheck.of(Supplier) factory", problem,
                "make the factory build an equal layer every time (same class, shapes and constant state);"
                        + " the engine copies the @Param values in itself");
    }
}
