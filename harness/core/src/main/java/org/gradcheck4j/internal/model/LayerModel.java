package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
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
 * @param returnsInputGradient whether backward returns dJ/dx for the first non-constant input
 * @param penalty the {@code @Penalty} method, if any
 * @param keepProbs the {@code @KeepProb} fields
 * @param randomSources the {@code @RandomSource} fields
 * @param settings the values of the class's {@code @GradChecked}, if present
 */
@API(status = INTERNAL, since = "0.1.0")
public record LayerModel(Class<?> type, List<ParamBinding> params, Method forward, boolean returnsCost,
                         List<String> inputNames, List<Boolean> constantInputs, Method backward,
                         boolean returnsInputGradient, Optional<Method> penalty, List<Field> keepProbs,
                         List<Field> randomSources, Optional<ClassSettings> settings) {

    /** The index of the forward parameter whose gradient backward returns, or -1. */
    public int differentiatedInput() {
        return returnsInputGradient ? constantInputs.indexOf(Boolean.FALSE) : -1;
    }

    /** The number of parameters the forward pass takes. */
    public int inputCount() {
        return constantInputs.size();
    }
}
