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

    /**
     * Validates that every size is positive and the kernel fits the padded image.
     *
     * @param channels C, the input channels; at least 1
     * @param height H, the input image's rows; at least 1
     * @param width W, the input image's columns; at least 1
     * @param filters F, the output channels; at least 1
     * @param kernel k, the side of the square kernel; at most H + 2p and W + 2p
     * @param padding p, the zero padding on every side; at least 0
     * @throws IllegalArgumentException if a size is out of range
     */
    public ConvShape {
        if (channels < 1 || height < 1 || width < 1 || filters < 1 || kernel < 1 || padding < 0) {
            throw new IllegalArgumentException("conv sizes must be positive (padding ≥ 0): " + this);
        }
        if (kernel > height + 2 * padding || kernel > width + 2 * padding) {
            throw new IllegalArgumentException("kernel " + kernel + " does not fit the padded image: " + this);
        }
    }

    /**
     * The output image's height.
     *
     * @return H' = H + 2p − k + 1
     */
    public int outHeight() {
        return height + 2 * padding - kernel + 1;
    }

    /**
     * The output image's width.
     *
     * @return W' = W + 2p − k + 1
     */
    public int outWidth() {
        return width + 2 * padding - kernel + 1;
    }

    /**
     * The length of one flattened input image.
     *
     * @return C·H·W, the rows of an input matrix
     */
    public int inputSize() {
        return channels * height * width;
    }

    /**
     * The length of one flattened output image.
     *
     * @return F·H'·W', the rows of an output matrix
     */
    public int outputSize() {
        return filters * outHeight() * outWidth();
    }

    /**
     * The column of filter tap {@code (c, u, v)} in the kernel matrix {@code K} (F rows, C·k·k columns).
     *
     * @param c the input channel, in [0, C)
     * @param u the kernel row, in [0, k)
     * @param v the kernel column, in [0, k)
     * @return {@code (c·k + u)·k + v}
     */
    public int tap(int c, int u, int v) {
        return (c * kernel + u) * kernel + v;
    }

    /**
     * The row of output element {@code (f, r, s)} in a flattened output.
     *
     * @param f the filter (output channel), in [0, F)
     * @param r the output row, in [0, H')
     * @param s the output column, in [0, W')
     * @return {@code (f·H' + r)·W' + s}
     */
    public int outputRow(int f, int r, int s) {
        return (f * outHeight() + r) * outWidth() + s;
    }

    /**
     * The row of input element {@code (c, i, j)} in a flattened input.
     *
     * @param c the channel, in [0, C)
     * @param i the image row (unpadded), in [0, H)
     * @param j the image column (unpadded), in [0, W)
     * @return {@code (c·H + i)·W + j}
     */
    public int inputRow(int c, int i, int j) {
        return (c * height + i) * width + j;
    }

    /**
     * The zero-padded input at padded coordinates {@code (c, i, j)} of example {@code e}: 0 in the
     * border, {@code X[c, i − p, j − p]} inside.
     *
     * @param x the inputs, one flattened image per column
     * @param c the channel
     * @param i the row in padded coordinates, in [0, H + 2p)
     * @param j the column in padded coordinates, in [0, W + 2p)
     * @param e the example (column of {@code x})
     * @return the padded image's value there
     */
    public double padded(DMatrixRMaj x, int c, int i, int j, int e) {
        int row = i - padding;
        int col = j - padding;
        if (row < 0 || row >= height || col < 0 || col >= width) {
            return 0;
        }
        return x.get(inputRow(c, row, col), e);
    }

    /**
     * Adds {@code value} to input element {@code (c, i, j)} of example e if it lies inside the image:
     * the backward counterpart of {@link #padded}, which drops the gradient of the zero border.
     *
     * @param dx the input gradient being accumulated, one flattened image per column
     * @param c the channel
     * @param i the image row (unpadded); outside [0, H) nothing is added
     * @param j the image column (unpadded); outside [0, W) nothing is added
     * @param e the example (column of {@code dx})
     * @param value the gradient contribution to add
     */
    public void addInside(DMatrixRMaj dx, int c, int i, int j, int e, double value) {
        if (i >= 0 && i < height && j >= 0 && j < width) {
            dx.add(inputRow(c, i, j), e, value);
        }
    }
}
