package org.gradcheck4j.samples.optim;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.ejml.data.DMatrixRMaj;

/**
 * An update rule that moves parameters against their gradients.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public interface Optimizer {

    /**
     * Takes one step.
     *
     * @param parameters the tensors to update, always in the same order. Modified.
     * @param gradients their gradients, same order and shapes. Not modified.
     */
    void update(List<DMatrixRMaj> parameters, List<DMatrixRMaj> gradients);

    /**
     * The learning rate of the next step.
     *
     * @return α &gt; 0
     */
    double learningRate();

    /**
     * Sets the learning rate α of the following steps (a schedule's job).
     *
     * @param learningRate α &gt; 0
     */
    void learningRate(double learningRate);
}
