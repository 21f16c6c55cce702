package org.gradcheck4j.internal.directional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks are named as elements are, and located rows and columns become blocks. */
class BlockNamesTests {

    @Test
    void namesMatrixBlocksWithRangesAndStars() {
        Grid grid = new Grid(200, 300);
        int[] shape = {200, 300};
        assertEquals("W[57,*]", BlockNames.of("W", shape, grid, new Block(57, 58, 0, 300)));
        assertEquals("W[*,11]", BlockNames.of("W", shape, grid, new Block(0, 200, 11, 12)));
        assertEquals("W[100..133,48..83]", BlockNames.of("W", shape, grid, new Block(100, 134, 48, 84)));
        assertEquals("W[3,290]", BlockNames.of("W", shape, grid, new Block(3, 4, 290, 291)));
    }

    @Test
    void namesVectorAndHigherRankBlocks() {
        assertEquals("b[3..7]", BlockNames.of("b", new int[] {20}, new Grid(20, 1), new Block(3, 8, 0, 1)));
        assertEquals("b[*]", BlockNames.of("b", new int[] {20}, new Grid(20, 1), new Block(0, 20, 0, 1)));
        Grid grid = new Grid(4, 12);
        int[] shape = {4, 3, 4};
        assertEquals("X[1..2,*,*]", BlockNames.of("X", shape, grid, new Block(1, 3, 0, 12)));
        assertEquals("X[1,flat 4..7]", BlockNames.of("X", shape, grid, new Block(1, 2, 4, 8)));
    }

    @Test
    void makesOneBlockPerRunOfRowsByRunOfColumns() {
        List<Block> blocks = CandidateBlocks.of(new Localiser.Located(new int[] {3, 4, 5, 9}, new int[] {0, 1, 7}, 0));
        assertEquals(List.of(new Block(3, 6, 0, 2), new Block(3, 6, 7, 8), new Block(9, 10, 0, 2),
                new Block(9, 10, 7, 8)), blocks);
    }

    @Test
    void mergesTheClosestRunsBeyondSixteenBlocks() {
        int[] rows = {0, 10, 20, 30, 40, 50, 60, 70, 80, 82};
        List<Block> blocks = CandidateBlocks.of(new Localiser.Located(rows, new int[] {0, 5}, 0));
        assertEquals(CandidateBlocks.MAX_BLOCKS, blocks.size());
        assertEquals(new Block(80, 83, 0, 1), blocks.get(14));
    }
}
