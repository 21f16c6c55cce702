package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import org.junit.jupiter.api.Test;

class FewElementsRuleTests {

    private final FewElementsRule rule = new FewElementsRule();
    private final double[] n = random(20, 1);

    private List<Finding> wrongAt(int... indices) {
        double[] a = n.clone();
        for (int i : indices) {
            a[i] += 1.5;
        }
        return rule.findings(Tensors.of(param("W", shape(4, 5), a, n)));
    }

    @Test
    void namesOneWrongRow() {
        List<Finding> found = wrongAt(10, 11, 13);
        assertThat(Tensors.rules(found)).containsExactly("W:one-row");
        assertThat(found.get(0).hint().message()).contains("only row 2 of W is wrong (3 of its 5 components: W[2,0], W[2,1], W[2,3])");
        assertThat(found.get(0).explains()).isFalse();
    }

    @Test
    void namesOneWrongColumn() {
        List<Finding> found = wrongAt(1, 6, 16);
        assertThat(Tensors.rules(found)).containsExactly("W:one-column");
        assertThat(found.get(0).hint().message()).contains("only column 1 of W is wrong (3 of its 4 components");
    }

    @Test
    void namesOneOrAFewWrongElements() {
        assertThat(wrongAt(7).get(0).hint().message()).startsWith("only W[1,2] is wrong;");
        List<Finding> two = wrongAt(0, 19);
        assertThat(Tensors.rules(two)).containsExactly("W:few-elements");
        assertThat(two.get(0).hint().message()).contains("only 2 of the 20 components of W are wrong: W[0,0], W[3,4]");
    }

    @Test
    void staysSilentWhenManyOrAllComponentsAreWrong() {
        assertThat(wrongAt(0, 6, 12, 18, 4, 9)).isEmpty();
        assertThat(rule.findings(Tensors.of(param("W", shape(4, 5), random(20, 2), n)))).isEmpty();
    }

    @Test
    void staysSilentWhenTheTensorWasNotFullyChecked() {
        double[] a = n.clone();
        a[7] += 1.5;
        assertThat(rule.findings(Tensors.of(param("W", shape(4, 5), a, Tensors.halfUnchecked(n))))).isEmpty();
    }
}
