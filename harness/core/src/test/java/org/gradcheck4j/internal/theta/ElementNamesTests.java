package org.gradcheck4j.internal.theta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Element names from row-major indices. */
class ElementNamesTests {

    @Test
    void namesVectorMatrixAndHigherRankElements() {
        assertEquals("b[5]", ElementNames.of("b", new int[] {8}, 5));
        assertEquals("W[2,3]", ElementNames.of("W", new int[] {4, 5}, 13));
        assertEquals("W[0,0]", ElementNames.of("W", new int[] {4, 5}, 0));
        assertEquals("K[1,0,2]", ElementNames.of("K", new int[] {2, 2, 3}, 8));
    }

    @Test
    void theShortcutsAgreeWithTheGeneralRule() {
        int[][] shapes = {{7}, {3, 4}, {1, 6}, {6, 1}};
        for (int[] shape : shapes) {
            int size = 1;
            for (int d : shape) {
                size *= d;
            }
            for (int i = 0; i < size; i++) {
                assertEquals("x" + ElementNames.indices(shape, i), ElementNames.of("x", shape, i));
            }
        }
    }
}
