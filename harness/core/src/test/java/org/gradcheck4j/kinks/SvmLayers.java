package org.gradcheck4j.kinks;

import org.gradcheck4j.annotation.Backward;
import org.gradcheck4j.annotation.Constant;
import org.gradcheck4j.annotation.Forward;
import org.gradcheck4j.annotation.Grad;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.annotation.Param;

/** The multiclass SVM loss, correct and with a planted bug. */
final class SvmLayers {

    private SvmLayers() {
    }

    /**
     * Multiclass SVM (Weston–Watkins) loss of scores S (m examples × C classes) plus a learnable
     * class bias b, labels y_j constant: {@code J = (1/m) Σ_j Σ_{c≠y_j} max(0, S_jc + b_c − S_jy − b_y + 1)}.
     * A margin of exactly 0 counts as inactive. Perturbing b_c moves the margins of every example at
     * once. Backward returns dJ/dS.
     */
    @GradChecked
    static class MulticlassSvm {
        @Param double[] b;
        @Grad("b") double[] db;
        double[][] s;
        double[] y;

        MulticlassSvm(double[] b) {
            this.b = b;
            db = new double[b.length];
        }

        double margin(int j, int c) {
            int label = (int) y[j];
            return s[j][c] + b[c] - s[j][label] - b[label] + 1;
        }

        @Forward
        public double forward(double[][] s, @Constant double[] y) {
            this.s = s;
            this.y = y;
            double cost = 0;
            for (int j = 0; j < s.length; j++) {
                for (int c = 0; c < b.length; c++) {
                    cost += c == (int) y[j] ? 0 : Math.max(0, margin(j, c));
                }
            }
            return cost / s.length;
        }

        @Backward
        public double[][] backward() {
            int m = s.length;
            java.util.Arrays.fill(db, 0);
            double[][] ds = new double[m][b.length];
            for (int j = 0; j < m; j++) {
                int label = (int) y[j];
                int active = 0;
                for (int c = 0; c < b.length; c++) {
                    if (c != label && margin(j, c) > 0) {
                        ds[j][c] = 1.0 / m;
                        active++;
                    }
                }
                ds[j][label] = labelGradient(active, m);
                for (int c = 0; c < b.length; c++) {
                    db[c] += ds[j][c];
                }
            }
            return ds;
        }

        /** dJ/dS_jy: minus the number of active margins, over m. */
        double labelGradient(int active, int m) {
            return -(double) active / m;
        }
    }

    /** Planted: the correct class's term forgotten (dJ/dS_jy left at 0). */
    static class MulticlassSvmWithoutLabelTerm extends MulticlassSvm {
        MulticlassSvmWithoutLabelTerm(double[] b) {
            super(b);
        }

        @Override
        double labelGradient(int active, int m) {
            return 0;
        }
    }
}
