/**
 * ND4J and Deeplearning4j for gradcheck4j: {@link org.gradcheck4j.nd4j.NdArrayAdapter} lets
 * {@code @Param INDArray} fields be checked, and {@link org.gradcheck4j.nd4j.Nd4jGradCheck} checks a
 * Deeplearning4j layer, activation, loss function or whole network in one line. The ND4J backend
 * (nd4j-native, nd4j-cuda, ...) is the user's choice: this module depends on nd4j-api only.
 *
 * @since 0.1.0
 */
package org.gradcheck4j.nd4j;
