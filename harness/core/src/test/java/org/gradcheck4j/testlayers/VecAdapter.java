package org.gradcheck4j.testlayers;

import org.gradcheck4j.tensor.TensorAdapter;

/** Teaches gradcheck4j the {@link Vec} type; registered in META-INF/services of the test class path. */
public final class VecAdapter implements TensorAdapter {

    @Override
    public boolean supports(Class<?> type) {
        return type == Vec.class;
    }

    @Override
    public int[] shape(Object tensor) {
        return new int[] {((Vec) tensor).length()};
    }

    @Override
    public double get(Object tensor, int index) {
        return ((Vec) tensor).get(index);
    }

    @Override
    public void set(Object tensor, int index, double value) {
        ((Vec) tensor).set(index, value);
    }

    @Override
    public Object zerosLike(Object tensor) {
        return new Vec(new double[((Vec) tensor).length()]);
    }
}
