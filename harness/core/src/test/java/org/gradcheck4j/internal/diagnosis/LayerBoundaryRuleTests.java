package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A network whose layers 0..k all fail while every layer above passes: the error enters at layer k. */
class LayerBoundaryRuleTests {

    private final LayerBoundaryRule rule = new LayerBoundaryRule();

    private static TensorEvidence right(String name, long seed) {
        double[] n = random(4, seed);
        return param(name, shape(4), n.clone(), n);
    }

    private static TensorEvidence wrong(String name, long seed) {
        return param(name, shape(4), random(4, seed + 100), random(4, seed));
    }

    @Test
    void namesTheLayerWhereTheErrorEntersInDl4jNames() {
        List<Finding> found = rule.findings(Tensors.of(wrong("0_W", 1), wrong("0_b", 2), wrong("1_W", 3),
                wrong("1_b", 4), right("2_W", 5), right("2_b", 6)));
        assertThat(Tensors.rules(found)).containsExactly(":layer-boundary");
        assertThat(found.get(0).hint().message()).contains("the error enters at layer 1: 0_W, 0_b, 1_W and 1_b fail"
                + " while 2_W and 2_b pass").contains("layer 1's activation derivative");
    }

    @Test
    void understandsListIndices() {
        List<Finding> found = rule.findings(Tensors.of(wrong("W[0]", 1), wrong("b[0]", 2), right("W[1]", 3),
                right("b[1]", 4)));
        assertThat(found.get(0).hint().message()).contains("the error enters at layer 0");
    }

    @Test
    void staysSilentWhenThePatternDoesNotHold() {
        // a lone wrong tensor (another rule's case), a gap below k, nothing above, unnumbered names
        assertThat(rule.findings(Tensors.of(right("0_W", 1), wrong("1_W", 3), right("1_b", 4), right("2_W", 5))))
                .isEmpty();
        assertThat(rule.findings(Tensors.of(right("0_W", 1), right("0_b", 2), wrong("1_W", 3), wrong("1_b", 4),
                right("2_W", 5)))).isEmpty();
        assertThat(rule.findings(Tensors.of(wrong("0_W", 1), wrong("0_b", 2), wrong("1_W", 3), wrong("1_b", 4))))
                .isEmpty();
        assertThat(rule.findings(Tensors.of(wrong("W", 1), wrong("b", 2), right("V", 3)))).isEmpty();
        assertThat(rule.findings(Tensors.of(right("0_W", 1), right("0_b", 2)))).isEmpty();
    }
}
