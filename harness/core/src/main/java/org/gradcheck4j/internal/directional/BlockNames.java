package org.gradcheck4j.internal.directional;

/**
 * The name of a block of a tensor, in the style of its element names: {@code W[3..7,*]} (rows 3 to
 * 7, every column), {@code W[57,0..99]}, {@code b[3..7]}; a tensor of rank three or more names its
 * first index and, unless all of them, the range of its other indices flattened row-major
 * ({@code X[2,flat 10..19]}). Ranges are inclusive. Internal.
 */
final class BlockNames {

    private BlockNames() {
    }

    /** The name of {@code block} of the tensor {@code name} of the given shape, folded to {@code grid}. */
    static String of(String name, int[] shape, Grid grid, Block block) {
        String rows = range(block.row0(), block.row1(), grid.rows());
        if (shape.length <= 1) {
            return shape.length == 0 && grid.rows() == 1 ? name : name + "[" + rows + "]";
        }
        String cols = range(block.col0(), block.col1(), grid.cols());
        if (shape.length == 2) {
            return name + "[" + rows + "," + cols + "]";
        }
        if (cols.equals("*")) {
            return name + "[" + rows + ",*".repeat(shape.length - 1) + "]";
        }
        return name + "[" + rows + ",flat " + cols + "]";
    }

    private static String range(int from, int to, int extent) {
        if (from == 0 && to == extent && extent > 1) {
            return "*";
        }
        return to - from == 1 ? Integer.toString(from) : from + ".." + (to - 1);
    }
}
