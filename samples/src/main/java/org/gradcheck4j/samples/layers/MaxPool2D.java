package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.samples.Matrices;

/**
 * Max pooling over non-overlapping {@code size × size} windows (stride = size), per channel and
 * example, with images flattened as in {@link ConvShape}. Backward routes each output's gradient
 * to the window's maximum (the first one on ties: ties are kinks, where no derivative exists).
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@GradChecked
public class MaxPool2D {

    private final int channels;
    private final int height;
    private final int width;
    private final int size;
    private int[][] windows;
    private int[] argmax;

    /**
     * Creates a pooling layer.
     *
     * @param channels C
     * @param height H, a multiple of {@code size}
     * @param width W, a multiple of {@code size}
     * @param size the window side and stride
     */
    public MaxPool2D(int channels, int height, int width, int size) {
        if (channels < 1 || size < 1 || height < size || width < size || height % size != 0 || width % size != 0) {
            throw new IllegalArgumentException("need positive C and H, W multiples of the window size, got C="
                    + channels + ", H=" + height + ", W=" + width + ", size=" + size);
        }
        this.channels = channels;
        this.height = height;
        this.width = width;
        this.size = size;
    }

    /**
     * The length of one flattened output image.
     *
     * @return {@code C·(H/size)·(W/size)}, the rows of an output matrix
     */
    public int outputSize() {
        return channels * (height / size) * (width / size);
    }

    /**
     * Takes the maximum of every window.
     *
     * @param x {@code (C·H·W) × m}. Not modified.
     * @return {@code (C·H/size·W/size) × m}, a new matrix
     */
    @Forward
    public DMatrixRMaj forward(DMatrixRMaj x) {
        Matrices.requireRows(x, channels * height * width, "input X");
        int outputs = outputSize();
        DMatrixRMaj y = new DMatrixRMaj(outputs, x.numCols);
        windows = new int[outputs][];
        argmax = new int[outputs * x.numCols];
        for (int o = 0; o < outputs; o++) {
            windows[o] = windowRows(o);
            for (int e = 0; e < x.numCols; e++) {
                int best = 0;
                for (int k = 1; k < windows[o].length; k++) {
                    if (x.get(windows[o][k], e) > x.get(windows[o][best], e)) {
                        best = k;
                    }
                }
                argmax[o * x.numCols + e] = best;
                y.set(o, e, x.get(windows[o][best], e));
            }
        }
        return y;
    }

    private int[] windowRows(int output) {
        int outW = width / size;
        int outH = height / size;
        int c = output / (outH * outW);
        int r = output / outW % outH;
        int s = output % outW;
        int[] rows = new int[size * size];
        for (int u = 0; u < size; u++) {
            for (int v = 0; v < size; v++) {
                rows[u * size + v] = (c * height + r * size + u) * width + s * size + v;
            }
        }
        return rows;
    }

    /**
     * Routes each output gradient to its window's maximum.
     *
     * @param dy ∂J/∂Y. Not modified.
     * @return ∂J/∂X, a new matrix
     */
    @Backward
    public DMatrixRMaj backward(DMatrixRMaj dy) {
        DMatrixRMaj dx = new DMatrixRMaj(channels * height * width, dy.numCols);
        for (int o = 0; o < dy.numRows; o++) {
            for (int e = 0; e < dy.numCols; e++) {
                route(dx, e, windows[o], argmax[o * dy.numCols + e], dy.get(o, e));
            }
        }
        return dx;
    }

    /**
     * Adds one output's gradient to the input gradient of its window.
     *
     * @param dx ∂J/∂X. Modified.
     * @param e the example (column)
     * @param window the input rows of the window. Not modified.
     * @param argmax the index in {@code window} of the maximum
     * @param g the output's gradient
     */
    protected void route(DMatrixRMaj dx, int e, int[] window, int argmax, double g) {
        dx.add(window[argmax], e, g);
    }
}
