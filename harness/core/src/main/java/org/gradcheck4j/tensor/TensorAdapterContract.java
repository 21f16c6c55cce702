package org.gradcheck4j.tensor;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Verifies a {@link TensorAdapter} the way EqualsVerifier verifies {@code equals}: on sample tensors
 * whose contents are known independently, it checks that the adapter reads every element in
 * row-major order, reports the right shape and precision, writes in place (views included, into
 * the storage they share) and restores values bit-exactly, and makes zero tensors of its own.
 *
 * <pre>{@code
 * @Test
 * void myAdapterKeepsTheContract() {
 *     TensorAdapterContract.verify(new MyAdapter(),
 *             TensorSample.of(myTensor, new int[] {2, 3}, 1, 2, 3, 4, 5, 6));
 * }
 * }</pre>
 *
 * <p>Give samples in every layout the type can have: transposed or column-major storage, views
 * with an offset, float and double. Each sample is modified during the check and restored.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class TensorAdapterContract {

    private TensorAdapterContract() {
    }

    /**
     * Checks the adapter and throws if it breaks the contract.
     *
     * @param adapter the adapter under test. Not modified.
     * @param samples at least one sample. Modified during the check, restored.
     * @throws AssertionFailedError naming every broken rule, the sample and the index
     */
    public static void verify(TensorAdapter adapter, TensorSample... samples) {
        List<String> problems = problems(adapter, samples);
        if (!problems.isEmpty()) {
            throw new AssertionFailedError("TensorAdapter " + adapter.getClass().getName()
                    + " breaks the contract of org.gradcheck4j.tensor.TensorAdapter:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /**
     * Checks the adapter and returns what it breaks, one sentence per problem, empty when it keeps
     * the contract.
     *
     * @param adapter the adapter under test. Not modified.
     * @param samples at least one sample. Modified during the check, restored.
     * @return the problems found
     * @throws IllegalArgumentException if no sample is given
     */
    public static List<String> problems(TensorAdapter adapter, TensorSample... samples) {
        Objects.requireNonNull(adapter, "adapter");
        if (samples.length == 0) {
            throw new IllegalArgumentException("give at least one TensorSample");
        }
        List<String> problems = new ArrayList<>();
        for (int s = 0; s < samples.length; s++) {
            String where = "sample " + s + " (" + samples[s] + ")";
            for (String p : AdapterContractChecks.check(adapter, samples[s])) {
                problems.add(where + ": " + p);
            }
        }
        return List.copyOf(problems);
    }
}
