package org.gradcheck4j.kinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The generated points really sit where {@link ClusteredPoints} says: at, near and between clustered kinks. */
class ClusteredPointsTests {

    private static final int DRAWS = 5_000;
    /** Slack for rounding when a gap is added to a value of order 1. */
    private static final double ROUNDING = 1e-15;

    @Test
    void gapsSpanFromTheClosestToTheWidestSpacing() {
        Random random = new Random(1);
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int i = 0; i < DRAWS; i++) {
            double gap = ClusteredPoints.gap(random);
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        assertTrue(min >= ClusteredPoints.CLOSEST && min < 1e-11, "smallest gap " + min);
        assertTrue(max <= ClusteredPoints.WIDEST && max > 1e-6, "largest gap " + max);
    }

    @Test
    void clustersAreSortedWithTiesAndGapsOf1eMinus12To1eMinus5() {
        Random random = new Random(2);
        int ties = 0;
        int gaps = 0;
        for (int i = 0; i < DRAWS / 10; i++) {
            double[] c = ClusteredPoints.cluster(random.nextGaussian(), 2 + random.nextInt(6), random);
            for (int k = 1; k < c.length; k++) {
                double d = c[k] - c[k - 1];
                assertTrue(d == 0 || (d >= ClusteredPoints.CLOSEST - ROUNDING && d <= ClusteredPoints.WIDEST + ROUNDING),
                        "spacing " + d);
                ties += d == 0 ? 1 : 0;
                gaps += d == 0 ? 0 : 1;
            }
        }
        assertTrue(ties > gaps / 10 && gaps > ties, "ties " + ties + ", gaps " + gaps);
    }

    @Test
    void nearPointsFallOnBetweenAndBesideTheKinksOfACluster() {
        Random random = new Random(3);
        int on = 0;
        int strictlyInside = 0;
        for (int i = 0; i < DRAWS; i++) {
            double[] c = ClusteredPoints.cluster(random.nextGaussian(), 1 + random.nextInt(5), random);
            double v = ClusteredPoints.near(c, random);
            double distance = distance(v, c);
            assertTrue(distance <= ClusteredPoints.WIDEST + ROUNDING, v + " is " + distance + " from its cluster");
            on += distance == 0 ? 1 : 0;
            strictlyInside += v > c[0] && v < c[c.length - 1] && distance > 0 ? 1 : 0;
        }
        assertTrue(on > DRAWS / 5, "on a kink " + on);
        assertTrue(strictlyInside > DRAWS / 20, "between two kinks " + strictlyInside);
    }

    @Test
    void aBatchHasAnAnchorColumnClearOfItsKinksAndCrowdedColumns() {
        Random random = new Random(4);
        int crowded = 0;
        int others = 0;
        for (int t = 0; t < DRAWS / 50; t++) {
            double[][][] clusters = {ClusteredPoints.around(random, -1, 1), ClusteredPoints.around(random, 0.3),
                ClusteredPoints.around(random, -0.5, 0.5)};
            double[][] x = ClusteredPoints.batch(4 + random.nextInt(4), clusters, random);
            int above = 0;
            for (double[] row : x) {
                for (double[] cluster : clusters[0]) {
                    assertTrue(distance(row[0], cluster) >= ClusteredPoints.CLEAR - 1e-5, "anchor " + row[0]);
                }
                above += row[0] > 1 ? 1 : 0;
                for (int j = 1; j < clusters.length; j++) {
                    others++;
                    double d = Double.MAX_VALUE;
                    for (double[] cluster : clusters[j]) {
                        d = Math.min(d, distance(row[j], cluster));
                    }
                    crowded += d <= ClusteredPoints.WIDEST ? 1 : 0;
                }
            }
            assertTrue(above >= 1 && x[2][0] < -1, "column 0 must have anchors beyond both outer kinks");
        }
        assertTrue(crowded > others * 2 / 3, crowded + " of " + others + " values within 1e-5 of a kink");
    }

    @Test
    void batchOffsetsClusterAboutZeroExceptTheAnchors() {
        Random random = new Random(5);
        for (int t = 0; t < DRAWS / 10; t++) {
            double[] o = ClusteredPoints.batchOffsets(8, 2, random);
            assertTrue(o[0] >= ClusteredPoints.CLEAR && o[1] <= -ClusteredPoints.CLEAR, "anchors " + o[0] + ", " + o[1]);
            for (int j = 2; j < o.length; j++) {
                assertTrue(Math.abs(o[j]) <= 8 * ClusteredPoints.WIDEST, "offset " + o[j]);
            }
        }
        assertEquals(3, ClusteredPoints.batchOffsets(3, 5, random).length);
    }

    /** The distance from v to the nearest point of c. */
    private static double distance(double v, double[] c) {
        double d = Double.MAX_VALUE;
        for (double k : c) {
            d = Math.min(d, Math.abs(v - k));
        }
        return d;
    }
}
