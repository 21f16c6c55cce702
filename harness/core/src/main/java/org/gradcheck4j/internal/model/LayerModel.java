package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What reflection found in a checkable class, validated: its parameters and gradients, its
 * forward, backward and penalty methods, its dropout fields. Immutable; one per class.
 *
 * @param type the class
 * @param params the parameters in declaration order, superclass fields first
 * @param forward the {@code @Forward} method, accessible
 * @param returnsCost whether the forward pass returns the cost J (a double) rather than a tensor
 * @param inputNames a name for each forward parameter
 * @param constantInputs for each forward parameter, whether it is {@code @Constant}
 * @param backward the {@code @Backward} method, accessible
 * @param differentiatedInputs the indices of the forward parameters that are not {@code @Constant}:
 *        backward returns their gradients, in this order
 * @param penalty the {@code @Penalty} method, if any
 * @param keepProbs the {@code @KeepProb} fields
 * @param randomSources the {@code @RandomSource} fields
 * @param settings the values of the class's {@code @GradChecked}, if present
 */
@API(status = INTERNAL, since = "0.1.0")
public record LayerModel(Class<?> type, List<ParamBinding> params, Method forward, boolean returnsCost,
                         List<String> inputNames, List<Boolean> constantInputs, Method backward,
                         List<Integer> differentiatedInputs, Optional<Method> penalty, List<Field> keepProbs,
                         List<Field> randomSources, Optional<ClassSettings> settings) {

    public LayerModel {
        differentiatedInputs = List.copyOf(differentiatedInputs);
    }

    /** The names of the differentiated inputs, in order. */
    public List<String> differentiatedNames() {
        return differentiatedInputs.stream().map(inputNames::get).toList();
    }

    /**
     * A name for each of {@code count} outputs: the name of backward's k-th argument without its
     * leading {@code d} ({@code dh} → {@code h}), or {@code y0}, {@code y1}, … when backward takes
     * them in one argument or its names were not compiled in.
     */
    public List<String> outputNames(int count) {
        Parameter[] dys = backward.getParameters();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String name = dys.length == count && dys[k].isNamePresent() ? dys[k].getName() : "y" + k;
            boolean derivative = name.length() > 1 && name.charAt(0) == 'd' && Character.isLetter(name.charAt(1));
            names.add(derivative ? name.substring(1) : name);
        }
        return names;
    }

    /** How backward returns the gradients of {@code inputs}, for messages: {@code dJ/dx}, or {@code Tensors.of(dx, dz)}. */
    public static String gradientForm(List<String> inputs) {
        if (inputs.size() == 1) {
            return "dJ/d" + inputs.get(0);
        }
        return "their gradients in parameter order, Tensors.of(d" + String.join(", d", inputs) + ") (or a List or"
                + " Object[])";
    }

    /** The number of parameters the forward pass takes. */
    public int inputCount() {
        return constantInputs.size();
    }
}
