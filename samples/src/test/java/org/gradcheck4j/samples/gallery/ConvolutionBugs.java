package org.gradcheck4j.samples.gallery;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.samples.layers.Conv2D;
import org.gradcheck4j.samples.layers.ConvShape;
import org.gradcheck4j.samples.layers.MaxPool2D;

/** Convolution and max pooling with one planted mistake each. */
final class ConvolutionBugs {

    private ConvolutionBugs() {
    }

    /** The filter gradient reads the input one column too far right ({@code s + v + 1}). */
    static final class ConvWithOffByOneKernelIndex extends Conv2D {
        ConvWithOffByOneKernelIndex(ConvShape shape, Random random) {
            super(shape, random);
        }

        @Override
        protected void computeKernelGradient(DMatrixRMaj dy, DMatrixRMaj x, DMatrixRMaj dK) {
            for (int e = 0; e < dy.numCols; e++) {
                for (int f = 0; f < shape.filters(); f++) {
                    for (int r = 0; r < shape.outHeight(); r++) {
                        for (int s = 0; s < shape.outWidth(); s++) {
                            double g = dy.get(shape.outputRow(f, r, s), e);
                            for (int c = 0; c < shape.channels(); c++) {
                                for (int u = 0; u < shape.kernel(); u++) {
                                    for (int v = 0; v < shape.kernel(); v++) {
                                        dK.add(f, shape.tap(c, u, v), g * shape.padded(x, c, r + u, s + v + 1, e));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** The input gradient uses the kernel flipped (true convolution) although forward correlates. */
    static final class ConvInputGradientWithFlippedKernel extends Conv2D {
        ConvInputGradientWithFlippedKernel(ConvShape shape, Random random) {
            super(shape, random);
        }

        @Override
        protected DMatrixRMaj computeInputGradient(DMatrixRMaj dy, DMatrixRMaj K) {
            DMatrixRMaj dx = new DMatrixRMaj(shape.inputSize(), dy.numCols);
            int p = shape.padding();
            int k = shape.kernel();
            for (int e = 0; e < dy.numCols; e++) {
                for (int f = 0; f < shape.filters(); f++) {
                    for (int r = 0; r < shape.outHeight(); r++) {
                        for (int s = 0; s < shape.outWidth(); s++) {
                            double g = dy.get(shape.outputRow(f, r, s), e);
                            for (int c = 0; c < shape.channels(); c++) {
                                for (int u = 0; u < k; u++) {
                                    for (int v = 0; v < k; v++) {
                                        shape.addInside(dx, c, r + u - p, s + v - p, e,
                                                g * K.get(f, shape.tap(c, k - 1 - u, k - 1 - v)));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return dx;
        }
    }

    /** db sums only the first output position of each map instead of all of them. */
    static final class ConvBiasGradientFromFirstPositionOnly extends Conv2D {
        ConvBiasGradientFromFirstPositionOnly(ConvShape shape, Random random) {
            super(shape, random);
        }

        @Override
        protected void computeBiasGradient(DMatrixRMaj dy, DMatrixRMaj db) {
            for (int e = 0; e < dy.numCols; e++) {
                for (int f = 0; f < shape.filters(); f++) {
                    db.add(f, 0, dy.get(shape.outputRow(f, 0, 0), e));
                }
            }
        }
    }

    /** Spreads each gradient evenly over its window: the backward pass of average pooling. */
    static final class MaxPoolGradientSpreadOverWindow extends MaxPool2D {
        MaxPoolGradientSpreadOverWindow(int channels, int height, int width, int size) {
            super(channels, height, width, size);
        }

        @Override
        protected void route(DMatrixRMaj dx, int e, int[] window, int argmax, double g) {
            for (int row : window) {
                dx.add(row, e, g / window.length);
            }
        }
    }

    /** Routes each gradient to the window's first element, forgetting where the maximum was. */
    static final class MaxPoolGradientToFirstElement extends MaxPool2D {
        MaxPoolGradientToFirstElement(int channels, int height, int width, int size) {
            super(channels, height, width, size);
        }

        @Override
        protected void route(DMatrixRMaj dx, int e, int[] window, int argmax, double g) {
            dx.add(window[0], e, g);
        }
    }
}
