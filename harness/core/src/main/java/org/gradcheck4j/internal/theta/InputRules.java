package org.gradcheck4j.internal.theta;

import java.lang.invoke.MethodType;
import java.util.List;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.internal.model.LayerModel;

/** Checks that the inputs given to a check fit the forward pass. */
final class InputRules {

    private InputRules() {
    }

    static void check(LayerModel model, List<Object> inputs) {
        Class<?>[] types = model.forward().getParameterTypes();
        String member = "@Forward method " + model.forward().getName();
        if (types.length != inputs.size()) {
            throw new GradCheckConfigurationException(model.type(), member, "takes " + types.length
                    + " inputs but the check was given " + inputs.size(),
                    "pass one value per parameter of " + model.forward().getName() + ": GradCheck.of(layer).input("
                            + String.join(", ", model.inputNames()) + ")");
        }
        for (int i = 0; i < types.length; i++) {
            Class<?> expected = MethodType.methodType(types[i]).wrap().returnType();
            if (!expected.isInstance(inputs.get(i))) {
                throw new GradCheckConfigurationException(model.type(), member, "input " + i + " ("
                        + model.inputNames().get(i) + ") must be a " + types[i].getTypeName() + " but is a "
                        + inputs.get(i).getClass().getTypeName(), "pass the inputs in the order of the parameters");
            }
        }
    }
}
