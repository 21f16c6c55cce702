package org.gradcheck4j.testlayers;

/** A project's own tensor type, unknown to gradcheck4j until an adapter is registered. */
public final class Vec {

    final double[] values;

    public Vec(double... values) {
        this.values = values.clone();
    }

    public double get(int i) {
        return values[i];
    }

    public void set(int i, double v) {
        values[i] = v;
    }

    public int length() {
        return values.length;
    }
}
