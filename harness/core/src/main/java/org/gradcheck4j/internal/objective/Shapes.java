package org.gradcheck4j.internal.objective;

import org.gradcheck4j.tensor.TensorAdapter;

/** The shape of a tensor the layer produced, or a {@link MalformedTensor} when it has none. */
final class Shapes {

    private Shapes() {
    }

    /**
     * The tensor's shape.
     *
     * @param member the method or field it came from, for the message
     * @param role what the tensor is and what was expected, for the message
     * @throws MalformedTensor when the adapter cannot read a shape (a ragged array, a null row)
     */
    static int[] of(TensorAdapter adapter, Object tensor, String member, String role) {
        try {
            return adapter.shape(tensor);
        } catch (RuntimeException e) {
            throw new MalformedTensor(member, "gave a " + tensor.getClass().getTypeName() + " that is not a tensor: "
                    + e.getMessage() + ", " + role, "give every row the same length");
        }
    }
}
