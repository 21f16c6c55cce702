package org.gradcheck4j.internal.theta;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.TensorResult.Kind;
import org.gradcheck4j.internal.model.AccessorFailure;
import org.gradcheck4j.internal.model.LayerModel;
import org.gradcheck4j.internal.model.ParamBinding;
import org.gradcheck4j.internal.tensor.TensorAdapters;
import org.gradcheck4j.internal.tensor.TensorTypes;
import org.gradcheck4j.tensor.TensorAdapter;

/** Builds θ over a layer instance and its inputs, checking that every tensor is understood. Internal. */
public final class ThetaBuilder {

    private final LayerModel model;
    private final Object layer;

    private ThetaBuilder(LayerModel model, Object layer) {
        this.model = model;
        this.layer = layer;
    }

    /**
     * θ over {@code layer}'s parameters and, when backward returns dJ/dx, the differentiated input.
     *
     * @throws GradCheckConfigurationException if a parameter is null or of an unknown type, or the
     *         inputs do not fit the forward pass
     */
    public static Theta build(LayerModel model, Object layer, List<Object> inputs) {
        return new ThetaBuilder(model, layer).build(inputs);
    }

    /**
     * The first {@code @Param} tensor of {@code theta} that the layer no longer holds (the field,
     * accessor, or an element or entry of its list, array or map, now gives another object), if
     * any: θ is a view of the objects read when the check started, so a replaced tensor would be
     * perturbed in vain.
     */
    public static Optional<String> replacedParameter(LayerModel model, Object layer, Theta theta) {
        ThetaBuilder reader = new ThetaBuilder(model, layer);
        int k = 0;
        for (ParamBinding p : model.params()) {
            Object value = p.param().read(layer);
            List<?> tensors = value == null || TensorAdapters.forType(value.getClass()).isPresent()
                    ? Collections.singletonList(value) : reader.partsQuietly(value);
            for (Object tensor : tensors) {
                if (k >= theta.slots().size() || theta.slots().get(k).tensor() != tensor) {
                    return Optional.of(p.name());
                }
                k++;
            }
        }
        boolean dropped = k < theta.slots().size() && theta.slots().get(k).kind() == Kind.PARAMETER;
        return dropped ? Optional.of(theta.slots().get(k).name()) : Optional.empty();
    }

    private List<?> partsQuietly(Object value) {
        if (value instanceof Map<?, ?> map) {
            return new ArrayList<>(map.values());
        }
        return value instanceof List<?> || value.getClass().isArray() ? elements(value, "") : List.of();
    }

    private Theta build(List<Object> inputs) {
        InputRules.check(model, inputs);
        List<TensorSlot> slots = new ArrayList<>();
        for (ParamBinding p : model.params()) {
            addParameter(p, slots);
        }
        int k = model.differentiatedInput();
        if (k >= 0) {
            String name = model.inputNames().get(k);
            boolean clash = slots.stream().anyMatch(s -> s.name().equals(name));
            Object x = inputs.get(k);
            slots.add(slot(clash ? "input " + name : name, Kind.INPUT, x, null, "input " + name));
        }
        return new Theta(slots);
    }

    private void addParameter(ParamBinding p, List<TensorSlot> slots) {
        Object value = read(p);
        String member = p.param().describe();
        if (TensorAdapters.forType(value.getClass()).isPresent()) {
            slots.add(slot(p.name(), Kind.PARAMETER, value, GradientLocation.whole(p.grad()), member));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                slots.add(slot(key, Kind.PARAMETER, present(e.getValue(), member, "entry \"" + key + "\"", p.name()),
                        GradientLocation.entry(p.grad(), key), member + "[\"" + key + "\"]"));
            }
            return;
        }
        List<?> elements = elements(value, member);
        for (int i = 0; i < elements.size(); i++) {
            slots.add(slot(p.name() + "[" + i + "]", Kind.PARAMETER, present(elements.get(i), member, "element " + i,
                    p.name()), GradientLocation.element(p.grad(), i), member + "[" + i + "]"));
        }
    }

    private Object present(Object tensor, String member, String which, String name) {
        if (tensor == null) {
            throw new GradCheckConfigurationException(model.type(), member, which + " is null",
                    "initialise every tensor of " + name + " before the check");
        }
        return tensor;
    }

    private Object read(ParamBinding p) {
        Object value;
        try {
            value = p.param().read(layer);
        } catch (AccessorFailure e) {
            throw new GradCheckConfigurationException(model.type(), p.param().describe(), "threw "
                    + e.getCause(), "return the tensor without side effects or failures");
        }
        if (value == null) {
            throw new GradCheckConfigurationException(model.type(), p.param().describe(), "is null",
                    "initialise it (in the constructor) before the check");
        }
        return value;
    }

    private List<?> elements(Object value, String member) {
        if (value instanceof List<?> list) {
            return list;
        }
        if (value.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(Array.get(value, i));
            }
            return out;
        }
        throw unknownType(member, value);
    }

    private TensorSlot slot(String name, Kind kind, Object tensor, GradientLocation grad, String member) {
        TensorAdapter adapter = TensorAdapters.forType(tensor.getClass()).orElseThrow(() -> unknownType(member, tensor));
        int[] shape;
        try {
            shape = adapter.shape(tensor);
        } catch (IllegalArgumentException e) {
            throw new GradCheckConfigurationException(model.type(), member, e.getMessage(),
                    "give every row the same length");
        }
        return new TensorSlot(name, kind, adapter, tensor, shape, grad);
    }

    private GradCheckConfigurationException unknownType(String member, Object value) {
        return new GradCheckConfigurationException(model.type(), member, "holds a " + value.getClass().getTypeName()
                + ", a tensor type nobody understands", "use one of " + TensorTypes.supportedTypes());
    }
}
