package org.gradcheck4j.benchmarks.layers;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** A {@link BenchDense} whose {@code dW[row][col]} is off by {@code 1 + |dW[row][col]|}. */
@API(status = INTERNAL, since = "0.1.0")
public class PlantedDense extends BenchDense {

    private final int row;
    private final int col;

    public PlantedDense(int in, int out, long seed, int row, int col) {
        super(in, out, seed);
        this.row = row;
        this.col = col;
    }

    @Override
    public double[][] backward(double[][] dy) {
        double[][] dx = super.backward(dy);
        dW[row][col] += 1 + Math.abs(dW[row][col]);
        return dx;
    }
}
