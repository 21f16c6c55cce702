package org.gradcheck4j.internal.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gradcheck4j.internal.diagnosis.Tensors.param;
import static org.gradcheck4j.internal.diagnosis.Tensors.plus;
import static org.gradcheck4j.internal.diagnosis.Tensors.random;
import static org.gradcheck4j.internal.diagnosis.Tensors.scaled;
import static org.gradcheck4j.internal.diagnosis.Tensors.shape;

import java.util.List;
import java.util.Optional;
import org.gradcheck4j.Hint;
import org.gradcheck4j.TensorResult.Kind;
import org.junit.jupiter.api.Test;

class DiagnosisTests {

    private static List<String> rules(List<Hint> hints) {
        return hints.stream().map(h -> h.tensor() + ":" + h.rule()).toList();
    }

    @Test
    void givesOneExplanationPerTensorTheMostSpecificFirst() {
        double[] w = random(12, 3);
        double[] data = random(12, 1);
        double[] penalty = scaled(0.4, w);
        TensorEvidence missing = Tensors.tensor("W", Kind.PARAMETER, shape(3, 4), data, plus(data, penalty), w,
                Optional.of(penalty));
        double[] b = random(3, 2);
        List<Hint> hints = Diagnosis.hints(Tensors.withPenalty(missing, param("b", shape(3), b.clone(), b)));
        assertThat(rules(hints)).containsExactly("W:penalty-gradient-missing", "W:only-one-tensor");
    }

    @Test
    void putsExplanationsBeforeLocations() {
        double[] w = random(16, 1);
        double[] b = random(4, 2);
        List<Hint> hints = Diagnosis.hints(Tensors.of(param("W", shape(4, 4), Vectors.transpose(w, 4, 4), w),
                param("b", shape(4), b.clone(), b)));
        assertThat(rules(hints)).containsExactly("W:transposed", "W:only-one-tensor");
    }

    @Test
    void saysNothingWhenEveryTensorPasses() {
        double[] w = random(12, 1);
        assertThat(Diagnosis.hints(Tensors.of(param("W", shape(3, 4), w.clone(), w)))).isEmpty();
    }
}
