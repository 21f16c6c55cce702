package org.gradcheck4j.samples;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The few matrix operations the samples need beyond {@link CommonOps_DDRM}: broadcasting a column
 * over a batch, summing a batch, element-wise maps and seeded random matrices.
 *
 * <p>Matrices follow the course's convention: one example per column, so {@code X} is
 * {@code n_x × m}, a bias is {@code n × 1}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Matrices {

    private Matrices() {
    }

    /**
     * Adds a column vector to every column: {@code a_ij += col_i}.
     *
     * @param a the matrix. Modified.
     * @param col an {@code a.numRows × 1} vector. Not modified.
     * @return {@code a}
     */
    public static DMatrixRMaj addToColumns(DMatrixRMaj a, DMatrixRMaj col) {
        requireShape(col, a.numRows, 1, "column");
        for (int i = 0; i < a.numRows; i++) {
            double v = col.data[i];
            for (int j = 0; j < a.numCols; j++) {
                a.data[i * a.numCols + j] += v;
            }
        }
        return a;
    }

    /**
     * Sums over the batch: {@code out_i = Σ_j a_ij}, written into {@code out}.
     *
     * @param a the matrix. Not modified.
     * @param out an {@code a.numRows × 1} vector. Modified.
     * @return {@code out}
     */
    public static DMatrixRMaj sumColumns(DMatrixRMaj a, DMatrixRMaj out) {
        requireShape(out, a.numRows, 1, "output");
        return CommonOps_DDRM.sumRows(a, out);
    }

    /**
     * Applies {@code f} to every element: {@code out_ij = f(a_ij)}.
     *
     * @param a the matrix. Not modified.
     * @param f the function
     * @return a new matrix
     */
    public static DMatrixRMaj map(DMatrixRMaj a, DoubleUnaryOperator f) {
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, a.numCols);
        for (int i = 0; i < a.getNumElements(); i++) {
            out.data[i] = f.applyAsDouble(a.data[i]);
        }
        return out;
    }

    /**
     * A matrix of independent standard normal values times {@code scale}.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param scale the standard deviation
     * @param random the source. Modified (advanced).
     * @return a new matrix
     */
    public static DMatrixRMaj gaussian(int rows, int cols, double scale, Random random) {
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            out.data[i] = scale * random.nextGaussian();
        }
        return out;
    }

    /**
     * A matrix of independent values uniform in {@code [low, high)}.
     *
     * @param rows the number of rows
     * @param cols the number of columns
     * @param low the smallest value, inclusive
     * @param high the bound of the values, exclusive; greater than {@code low}
     * @param random the source. Modified (advanced).
     * @return a new matrix
     */
    public static DMatrixRMaj uniform(int rows, int cols, double low, double high, Random random) {
        DMatrixRMaj out = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < rows * cols; i++) {
            out.data[i] = low + (high - low) * random.nextDouble();
        }
        return out;
    }

    /**
     * The columns {@code order[from..to)} of {@code a}, in that order: a mini-batch.
     *
     * @param a the matrix. Not modified.
     * @param order column indices. Not modified.
     * @param from the first position in {@code order}, inclusive
     * @param to the last position in {@code order}, exclusive
     * @return a new {@code a.numRows × (to − from)} matrix
     */
    public static DMatrixRMaj columns(DMatrixRMaj a, int[] order, int from, int to) {
        DMatrixRMaj out = new DMatrixRMaj(a.numRows, to - from);
        for (int k = from; k < to; k++) {
            for (int i = 0; i < a.numRows; i++) {
                out.set(i, k - from, a.get(i, order[k]));
            }
        }
        return out;
    }

    /**
     * The squared Frobenius norm, as in a weight-decay penalty.
     *
     * @param a the matrix. Not modified.
     * @return {@code ‖a‖²_F = Σ a_ij²}
     */
    public static double squaredNorm(DMatrixRMaj a) {
        double sum = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            sum += a.data[i] * a.data[i];
        }
        return sum;
    }

    /**
     * Throws unless {@code a} is {@code rows × cols}.
     *
     * @param a the matrix. Not modified.
     * @param rows the rows {@code a} must have
     * @param cols the columns {@code a} must have
     * @param what the matrix's role, for the message
     * @throws IllegalArgumentException naming the role and both shapes
     */
    public static void requireShape(DMatrixRMaj a, int rows, int cols, String what) {
        if (a.numRows != rows || a.numCols != cols) {
            throw new IllegalArgumentException(what + " must be " + rows + "×" + cols + ", got "
                    + a.numRows + "×" + a.numCols);
        }
    }

    /**
     * Throws unless {@code a} has {@code rows} rows.
     *
     * @param a the matrix. Not modified.
     * @param rows the rows {@code a} must have
     * @param what the matrix's role, for the message
     * @throws IllegalArgumentException naming the role and both row counts
     */
    public static void requireRows(DMatrixRMaj a, int rows, String what) {
        if (a.numRows != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows, got " + a.numRows);
        }
    }
}
