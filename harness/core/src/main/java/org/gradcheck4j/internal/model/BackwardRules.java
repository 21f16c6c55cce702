package org.gradcheck4j.internal.model;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.internal.tensor.TensorAdapters;

/**
 * The rules a {@code @Backward} method obeys: it takes one dJ/dy per output of the forward pass
 * (nothing for a cost), and returns the gradient of every non-{@code @Constant} input: the tensor
 * itself for one, {@code Tensors}, a {@code List} or an {@code Object[]} in parameter order for
 * several, {@code void} for none. An input whose gradient it cannot return is an error, never a
 * silent skip.
 */
final class BackwardRules {

    private final Class<?> type;
    private final Method forward;
    private final Method backward;
    private final boolean returnsCost;

    BackwardRules(Class<?> type, Method forward, Method backward, boolean returnsCost) {
        this.type = type;
        this.forward = forward;
        this.backward = backward;
        this.returnsCost = returnsCost;
    }

    /** The indices of the differentiated inputs; throws when backward cannot return their gradients. */
    List<Integer> check(List<Boolean> constants, List<String> names) {
        arguments();
        List<Integer> differentiated = new ArrayList<>();
        for (int i = 0; i < constants.size(); i++) {
            if (!constants.get(i)) {
                differentiated.add(i);
            }
        }
        List<String> inputs = differentiated.stream().map(names::get).toList();
        boolean returnsValue = backward.getReturnType() != void.class;
        if (returnsValue && inputs.isEmpty()) {
            throw error("returns a value but every @Forward input is @Constant",
                    "return void, or remove @Constant from the input whose gradient it returns");
        }
        if (!returnsValue && !inputs.isEmpty()) {
            throw error("returns void, so the gradient of " + phrase(inputs) + " would go unchecked",
                    "return " + LayerModel.gradientForm(inputs) + ", or mark " + phrase(inputs) + " @Constant if "
                    + (inputs.size() == 1 ? "it is" : "they are") + " not differentiated");
        }
        if (inputs.size() > 1 && TensorAdapters.forType(backward.getReturnType()).isPresent()) {
            throw error("returns one gradient (a " + backward.getReturnType().getSimpleName() + ") but @Forward has "
                    + inputs.size() + " non-constant inputs, " + String.join(", ", inputs),
                    "return " + LayerModel.gradientForm(inputs) + ", or mark the inputs whose gradient it does not compute @Constant");
        }
        return differentiated;
    }

    private void arguments() {
        int count = backward.getParameterCount();
        if (returnsCost && count != 0) {
            throw error("takes " + count + " arguments", "take no argument: @Forward returns the cost itself");
        }
        boolean oneOutput = TensorAdapters.forType(forward.getReturnType()).isPresent();
        if (!returnsCost && (count == 0 || oneOutput && count != 1)) {
            throw error("takes " + count + " arguments", oneOutput
                    ? "take exactly one argument, dJ/dy, of the type @Forward returns"
                    : "take one argument per output of @Forward (dJ/dy_1, dJ/dy_2, …), or one Tensors argument");
        }
    }

    private static String phrase(List<String> inputs) {
        return (inputs.size() == 1 ? "input " : "inputs ") + String.join(", ", inputs);
    }

    private GradCheckConfigurationException error(String problem, String fix) {
        return new GradCheckConfigurationException(type, Members.describe(Backward.class, backward), problem, fix);
    }
}
