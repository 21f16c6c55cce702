package org.gradcheck4j.internal.diagnosis;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.CheckSettings;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.objective.Objective;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.internal.theta.Theta;

/** Gathers the {@link Evidence} of a compared check from θ, the layer and the objective. Internal. */
final class EvidenceCollector {

    private EvidenceCollector() {
    }

    static Evidence collect(CheckSettings settings, LayerModel model, Theta theta, Objective objective,
                            List<TensorResult> tensors, Thresholds thresholds, double epsilon) {
        List<TensorEvidence> evidence = new ArrayList<>();
        for (int s = 0; s < tensors.size(); s++) {
            TensorResult r = tensors.get(s);
            TensorSlot slot = theta.slots().get(s);
            Optional<double[]> penalty = model.penalty().isPresent() && r.kind() == Kind.PARAMETER
                    && r.verdict() == Verdict.FAIL
                    ? PenaltyGradient.of(slot, objective, r.numeric(), epsilon) : Optional.empty();
            evidence.add(new TensorEvidence(r.name(), r.kind(), slot.shape(), r.verdict(), r.relativeError(),
                    r.analytic(), r.numeric(), slot.values(), penalty, gradientName(slot)));
        }
        return new Evidence(evidence, thresholds, inputs(model, settings.inputs()),
                keepProbs(model, settings.layer()), model.penalty().map(Method::getName));
    }

    private static String gradientName(TensorSlot slot) {
        if (slot.gradient() == null) {
            return "the gradient @Backward returns";
        }
        return slot.gradient().describe();
    }

    private static List<Evidence.Input> inputs(LayerModel model, List<Object> values) {
        List<Evidence.Input> inputs = new ArrayList<>();
        for (int i = 0; i < values.size() && i < model.inputNames().size(); i++) {
            Object x = values.get(i);
            List<Integer> shape = List.of();
            if (x != null) {
                try {
                    shape = TensorAdapters.forType(x.getClass())
                            .map(a -> Arrays.stream(a.shape(x)).boxed().toList()).orElse(List.of());
                } catch (IllegalArgumentException e) {
                    shape = List.of();
                }
            }
            inputs.add(new Evidence.Input(model.inputNames().get(i), shape));
        }
        return inputs;
    }

    private static List<Double> keepProbs(LayerModel model, Object layer) {
        List<Double> values = new ArrayList<>();
        for (Field f : model.keepProbs()) {
            try {
                double p = f.getDouble(layer);
                if (p != 1.0 && p > 0 && p < 1) {
                    values.add(p);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + f, e);
            }
        }
        return values;
    }
}
