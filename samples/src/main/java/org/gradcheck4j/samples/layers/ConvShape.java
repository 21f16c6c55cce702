package org.gradcheck4j.samples.layers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;

/**
 * The sizes of a stride-1 convolution and how its images are flattened into matrix rows:
 * element {@code (c, i, j)} of an image with C channels of H × W pixels is row {@code c·H·W + i·W + j}.
 *
 * @param channels C, the input channels
 * @param height H
 * @param width W
 * @param filters F, the output channels
 * @param kernel k, the side of the square kernel
 * @param padding p, the zero padding on every side
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ConvShape(int channels, int height, int width, int filters, int kernel, int padding) {

    /** Validates that every size is positive and the kernel fits the padded image. */
    public ConvShape {
        if (channels < 1 || height < 1 || width < 1 || filters < 1 || kernel < 1 || padding < 0) {
            throw new IllegalArgumentException("conv sizes must be positive (padding ≥ 0): " + this);
        }
        if (kernel > height + 2 * padding || kernel > width + 2 * padding) {
            throw new IllegalArgumentException("kernel " + kernel + " does not fit the padded image: " + this);
        }
    }

    /** H' = H + 2p − k + 1. */
    public int outHeight() {
        return height + 2 * padding - kernel + 1;
    }

    /** W' = W + 2p − k + 1. */
    public int outWidth() {
        return width + 2 * padding - kernel + 1;
    }

    /** C·H·W, the rows of an input. */
    public int inputSize() {
        return channels * height * width;
    }

    /** F·H'·W', the rows of an output. */
    public int outputSize() {
        return filters * outHeight() * outWidth();
    }

    /** The column of filter tap {@code (c, u, v)} in {@code K}. */
    public int tap(int c, int u, int v) {
        return (c * kernel + u) * kernel + v;
    }

    /** The row of output element {@code (f, r, s)}. */
    public int outputRow(int f, int r, int s) {
        return (f * outHeight() + r) * outWidth() + s;
    }

    /** The row of input element {@code (c, i, j)} (unpadded coordinates). */
    public int inputRow(int c, int i, int j) {
        return (c * height + i) * width + j;
    }

    /**
     * The zero-padded input at padded coordinates {@code (c, i, j)} of example {@code e}: 0 in the
     * border, {@code X[c, i − p, j − p]} inside.
     */
    public double padded(DMatrixRMaj x, int c, int i, int j, int e) {
        int row = i - padding;
        int col = j - padding;
        if (row < 0 || row >= height || col < 0 || col >= width) {
            return 0;
        }
        return x.get(inputRow(c, row, col), e);
    }

    /** Adds {@code value} to input element {@code (c, i, j)} of example e if it lies inside the image. */
    public void addInside(DMatrixRMaj dx, int c, int i, int j, int e, double value) {
        if (i >= 0 && i < height && j >= 0 && j < width) {
            dx.add(inputRow(c, i, j), e, value);
        }
    }
}
