package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Field;
import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.Dropout;
import org.gradcheck4j.internal.model.LayerModel;

/**
 * Switches dropout off for a check by setting every {@code @KeepProb} to 1.0, and restores the
 * saved values afterwards, bit-exactly. With a frozen mask it leaves them alone. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class DropoutControl implements AutoCloseable {

    private final List<Field> fields;
    private final Object layer;
    private final double[] saved;

    private DropoutControl(List<Field> fields, Object layer) {
        this.fields = fields;
        this.layer = layer;
        this.saved = new double[fields.size()];
        for (int i = 0; i < saved.length; i++) {
            saved[i] = read(fields.get(i));
            write(fields.get(i), 1.0);
        }
    }

    /** Resolves {@link Dropout#AUTO}: a frozen mask when the class has a {@code @RandomSource}. */
    public static Dropout resolve(Dropout mode, LayerModel model) {
        if (mode != Dropout.AUTO) {
            return mode;
        }
        return model.randomSources().isEmpty() ? Dropout.OFF : Dropout.FROZEN_MASK;
    }

    /** Applies {@code mode} (already resolved) to {@code layer}; closing restores the keep probabilities. */
    public static DropoutControl apply(Dropout mode, LayerModel model, Object layer) {
        return new DropoutControl(mode == Dropout.OFF ? model.keepProbs() : List.of(), layer);
    }

    /** How many keep probabilities were switched to 1.0. */
    public int switchedOff() {
        return saved.length;
    }

    @Override
    public void close() {
        for (int i = 0; i < saved.length; i++) {
            write(fields.get(i), saved[i]);
        }
    }

    private double read(Field f) {
        try {
            return f.getDouble(layer);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    private void write(Field f, double value) {
        try {
            f.setDouble(layer, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot write " + f + " (is it final?)", e);
        }
    }
}
