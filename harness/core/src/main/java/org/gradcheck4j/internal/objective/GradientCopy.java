package org.gradcheck4j.internal.objective;

import java.util.Arrays;
import java.util.List;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.tensor.BulkCopy;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.tensor.TensorAdapter;

/**
 * Copies an analytic gradient out of the layer after checking that it fits its tensor; one that
 * does not (null, another type, ragged, another shape) is a {@link MalformedTensor}. Backward that
 * returns fewer input gradients than the layer has non-constant inputs, or a gradient map without
 * the key of its parameter, is a configuration error.
 */
final class GradientCopy {

    private GradientCopy() {
    }

    /** Throws unless backward returned one gradient per non-constant input. */
    static void count(LayerModel model, int returned) {
        List<String> inputs = model.differentiatedNames();
        if (returned == inputs.size()) {
            return;
        }
        List<String> missing = returned < inputs.size() ? inputs.subList(returned, inputs.size()) : List.of();
        throw new GradCheckConfigurationException(model.type(), "@Backward method " + model.backward().getName(),
                "returned " + returned + " gradient(s) but @Forward has " + inputs.size() + " non-constant input(s), "
                + String.join(", ", inputs) + (missing.isEmpty() ? "" : ": dJ/d" + String.join(", dJ/d", missing)
                + " would go unchecked"), "return " + LayerModel.gradientForm(inputs)
                + ", or mark the inputs whose gradient it does not compute @Constant");
    }

    static double[] of(LayerModel model, TensorSlot slot, Object gradient, boolean missingKey) {
        if (missingKey) {
            throw new GradCheckConfigurationException(model.type(), slot.gradient().access().describe(), "has no entry \""
                    + slot.gradient().key().orElseThrow() + "\" after @Backward ran, the key of the @Param map entry "
                    + slot.name(), "put the gradient of every @Param map entry under the same key");
        }
        String member = member(model, slot);
        String expected = slot.name() + " has shape " + Arrays.toString(slot.shape());
        if (gradient == null) {
            throw slot.kind() == Kind.INPUT
                    ? new MalformedTensor(member, "returned null instead of dJ/d" + slot.name(),
                            "return the gradient of the input (" + expected + "), or mark the input @Constant")
                    : new MalformedTensor(member, "is null after @Backward ran",
                            "allocate the gradient (in the constructor or in @Backward) with the shape of "
                                    + slot.name());
        }
        TensorAdapter adapter = TensorAdapters.forType(gradient.getClass()).orElseThrow(() ->
                new MalformedTensor(member, "holds a " + gradient.getClass().getTypeName() + ", a tensor type nobody"
                        + " understands, as " + gradientName(slot), "use the type of " + slot.name() + " ("
                        + slot.tensor().getClass().getTypeName() + ")"));
        int[] shape = Shapes.of(adapter, gradient, member, "as " + gradientName(slot) + ", where " + expected);
        if (!Arrays.equals(shape, slot.shape())) {
            throw new MalformedTensor(member, "has shape " + Arrays.toString(shape) + " as " + gradientName(slot)
                    + " but " + expected, "give the gradient the shape of " + slot.name());
        }
        double[] g = new double[slot.size()];
        BulkCopy.read(adapter, gradient, g);
        return g;
    }

    /** Where the gradient comes from, for messages: the backward method, or the {@code @Grad} member. */
    private static String member(LayerModel model, TensorSlot slot) {
        return slot.kind() == Kind.INPUT ? "@Backward method " + model.backward().getName()
                : slot.gradient().describe();
    }

    private static String gradientName(TensorSlot slot) {
        return "dJ/d" + slot.name();
    }
}
