package org.gradcheck4j.internal.objective;

import java.util.Arrays;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.tensor.BulkCopy;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.internal.theta.TensorSlot;
import org.gradcheck4j.tensor.TensorAdapter;

/** Copies an analytic gradient out of the layer after checking that it fits its tensor. */
final class GradientCopy {

    private GradientCopy() {
    }

    static double[] of(LayerModel model, TensorSlot slot, Object gradient, boolean missingKey) {
        if (missingKey) {
            throw new GradCheckConfigurationException(model.type(), slot.gradient().access().describe(), "has no entry \""
                    + slot.gradient().key().orElseThrow() + "\" after @Backward ran, the key of the @Param map entry "
                    + slot.name(), "put the gradient of every @Param map entry under the same key");
        }
        if (gradient == null) {
            throw new GradCheckConfigurationException(model.type(), member(model, slot), slot.kind() == Kind.INPUT
                    ? "returned null instead of dJ/d" + slot.name() : "is null after @Backward ran",
                    slot.kind() == Kind.INPUT ? "return the gradient of the input, or declare @Backward void"
                            : "allocate the gradient (in the constructor or in @Backward)");
        }
        TensorAdapter adapter = TensorAdapters.forType(gradient.getClass()).orElseThrow(() ->
                new GradCheckConfigurationException(model.type(), member(model, slot), "holds a "
                        + gradient.getClass().getTypeName() + ", a tensor type nobody understands",
                        "use the same type as " + slot.name()));
        int[] shape = adapter.shape(gradient);
        if (!Arrays.equals(shape, slot.shape())) {
            throw new GradCheckConfigurationException(model.type(), member(model, slot), "has shape "
                    + Arrays.toString(shape) + " but " + slot.name() + " has shape " + Arrays.toString(slot.shape()),
                    "give the gradient the shape of " + slot.name());
        }
        double[] g = new double[slot.size()];
        BulkCopy.read(adapter, gradient, g);
        return g;
    }

    /** Where the gradient comes from, for messages: the backward method, or the {@code @Grad} field. */
    private static String member(LayerModel model, TensorSlot slot) {
        return slot.kind() == Kind.INPUT ? "@Backward method " + model.backward().getName()
                : slot.gradient().describe();
    }
}
