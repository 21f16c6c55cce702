package org.gradcheck4j.internal.model;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.KeepProb;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.annotation.Penalty;
import org.gradcheck4j.annotation.RandomSource;
import org.gradcheck4j.internal.tensor.TensorTypes;

/**
 * Reads a class's annotations into a validated {@link LayerModel}, once per class. Every rule
 * that fails throws a {@link GradCheckConfigurationException} naming the class, the member and
 * the fix. Internal.
 */
public final class ModelReader {

    private static final ClassValue<LayerModel> CACHE = new ClassValue<>() {
        @Override
        protected LayerModel computeValue(Class<?> type) {
            return new ModelReader(type).read();
        }
    };

    private final Class<?> type;

    private ModelReader(Class<?> type) {
        this.type = type;
    }

    /** The validated model of {@code type}, read on first use and cached. */
    public static LayerModel of(Class<?> type) {
        return CACHE.get(type);
    }

    private LayerModel read() {
        List<ParamBinding> params = params();
        Method forward = single(Forward.class, "add a method annotated @Forward that takes the inputs and returns"
                + " the output tensor (a layer) or the cost as a double");
        boolean returnsCost = forward.getReturnType() == double.class || forward.getReturnType() == Double.class;
        checkForward(forward, returnsCost);
        List<Boolean> constants = new ArrayList<>();
        List<String> names = ParameterNames.of(forward);
        for (Parameter p : forward.getParameters()) {
            constants.add(p.isAnnotationPresent(Constant.class));
        }
        Method backward = single(Backward.class, "add a method annotated @Backward that fills the @Grad fields"
                + (returnsCost ? " and takes no argument" : " from dJ/dy, its single argument"));
        boolean returnsInputGradient = checkBackward(backward, returnsCost, constants);
        return new LayerModel(type, params, forward, returnsCost, names, constants, backward, returnsInputGradient,
                penalty(), keepProbs(), randomSources(), Optional.ofNullable(type.getAnnotation(GradChecked.class)).map(ClassSettings::of));
    }

    private List<ParamBinding> params() {
        List<Field> params = Members.fields(type, Param.class);
        Map<String, Field> byName = params.stream().collect(Collectors.toMap(Field::getName, Function.identity(),
                (a, b) -> a));
        Map<String, Field> grads = new java.util.LinkedHashMap<>();
        for (Field grad : Members.fields(type, Grad.class)) {
            String target = grad.getAnnotation(Grad.class).value();
            if (!byName.containsKey(target)) {
                throw error(Members.describe(Grad.class, grad), "names \"" + target + "\", which is not a @Param field",
                        "name one of the @Param fields " + byName.keySet() + " in @Grad(\"...\")");
            }
            if (grads.put(target, grad) != null) {
                throw error(Members.describe(Grad.class, grad), "is the second @Grad field for @Param " + target,
                        "keep one @Grad field per @Param");
            }
        }
        List<ParamBinding> bindings = new ArrayList<>();
        for (Field param : params) {
            bindings.add(bind(param, grads.get(param.getName())));
        }
        return bindings;
    }

    private ParamBinding bind(Field param, Field grad) {
        String member = Members.describe(Param.class, param);
        if (grad == null) {
            throw error(member, "has no gradient field", "add a field of type " + param.getType().getSimpleName()
                    + " annotated @Grad(\"" + param.getName() + "\") that @Backward fills");
        }
        if (!TensorTypes.isPossibleTensor(param.getGenericType())) {
            throw error(member, "has type " + param.getType().getTypeName() + ", a tensor type nobody understands",
                    "use one of " + TensorTypes.supportedTypes());
        }
        if (!param.getGenericType().equals(grad.getGenericType())) {
            throw error(Members.describe(Grad.class, grad), "has type " + grad.getGenericType().getTypeName()
                    + " but its @Param " + param.getName() + " has type " + param.getGenericType().getTypeName(),
                    "declare both with the same type");
        }
        return new ParamBinding(param.getName(), param, grad);
    }

    private Method single(Class<? extends java.lang.annotation.Annotation> annotation, String fix) {
        List<Method> methods = Members.methods(type, annotation);
        if (methods.isEmpty()) {
            throw error("@" + annotation.getSimpleName(), "no method is annotated @" + annotation.getSimpleName(), fix);
        }
        if (methods.size() > 1) {
            throw error(Members.describe(annotation, methods.get(1)), "is a second @" + annotation.getSimpleName()
                    + " method besides " + methods.get(0).getName(), "annotate exactly one method");
        }
        return methods.get(0);
    }

    private void checkForward(Method forward, boolean returnsCost) {
        if (forward.getReturnType() == void.class) {
            throw error(Members.describe(Forward.class, forward), "returns void",
                    "return the output tensor, or the cost as a double");
        }
        if (!returnsCost && !TensorTypes.isPossibleTensor(forward.getGenericReturnType())) {
            throw error(Members.describe(Forward.class, forward), "returns " + forward.getReturnType().getTypeName()
                    + ", a tensor type nobody understands", "return one of " + TensorTypes.supportedTypes());
        }
    }

    private boolean checkBackward(Method backward, boolean returnsCost, List<Boolean> constants) {
        String member = Members.describe(Backward.class, backward);
        int expected = returnsCost ? 0 : 1;
        if (backward.getParameterCount() != expected) {
            throw error(member, "takes " + backward.getParameterCount() + " arguments", returnsCost
                    ? "take no argument: @Forward returns the cost itself"
                    : "take exactly one argument, dJ/dy, of the type @Forward returns");
        }
        boolean returnsGradient = backward.getReturnType() != void.class;
        if (returnsGradient && !constants.contains(Boolean.FALSE)) {
            throw error(member, "returns a value but every @Forward input is @Constant",
                    "return void, or remove @Constant from the input whose gradient it returns");
        }
        return returnsGradient;
    }

    private Optional<Method> penalty() {
        List<Method> methods = Members.methods(type, Penalty.class);
        if (methods.size() > 1) {
            throw error(Members.describe(Penalty.class, methods.get(1)), "is a second @Penalty method",
                    "sum the regularisation terms in one @Penalty method");
        }
        for (Method m : methods) {
            if (m.getParameterCount() != 0 || m.getReturnType() != double.class) {
                throw error(Members.describe(Penalty.class, m), "must take no arguments and return double",
                        "declare it as double " + m.getName() + "()");
            }
        }
        return methods.stream().findFirst();
    }

    private List<Field> keepProbs() {
        List<Field> fields = Members.fields(type, KeepProb.class);
        for (Field f : fields) {
            if (f.getType() != double.class) {
                throw error(Members.describe(KeepProb.class, f), "has type " + f.getType().getSimpleName()
                        + ", not double", "declare the keep probability as a double field");
            }
        }
        return fields;
    }

    private List<Field> randomSources() {
        List<Field> fields = Members.fields(type, RandomSource.class);
        for (Field f : fields) {
            if (!Random.class.isAssignableFrom(f.getType())) {
                throw error(Members.describe(RandomSource.class, f), "has type " + f.getType().getSimpleName()
                        + ", not java.util.Random", "draw the dropout mask from a java.util.Random field");
            }
        }
        return fields;
    }

    private GradCheckConfigurationException error(String member, String problem, String fix) {
        return new GradCheckConfigurationException(type, member, problem, fix);
    }
}
