package org.gradcheck4j.samples.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Note;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.annotation.Tensors;
import org.gradcheck4j.samples.Matrices;
import org.junit.jupiter.api.Test;

/** The samples that show the layer forms of docs/layer-model.md are checked in those forms. */
class LayerModelSampleTests {

    private final Random random = new Random(3);

    @Test
    void theLstmCellChecksBothOutputsAndAllThreeInputs() {
        GradCheckResult result = GradCheck.of(new LstmCell(3, 4, random))
                .input(Matrices.gaussian(3, 2, 1, random), Matrices.gaussian(4, 2, 0.5, random),
                        Matrices.gaussian(4, 2, 0.5, random)).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(List.of("W", "b", "x", "hPrev", "cPrev"), names(result));
        assertEquals(List.of(List.of("h", "c")), result.notes().stream().filter(n -> n.kind() == Note.Kind.OUTPUTS)
                .map(Note::subjects).toList());
    }

    @Test
    void theLstmCellsOutputsAreHAndC() {
        LstmCell cell = new LstmCell(2, 3, random);
        DMatrixRMaj cPrev = Matrices.gaussian(3, 1, 0.5, random);
        Tensors out = cell.forward(Matrices.gaussian(2, 1, 1, random), Matrices.gaussian(3, 1, 0.5, random), cPrev);
        DMatrixRMaj h = (DMatrixRMaj) out.get(0);
        DMatrixRMaj c = (DMatrixRMaj) out.get(1);
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(h.get(i, 0)) <= Math.abs(Math.tanh(c.get(i, 0))), "|h| = |o·tanh c| ≤ |tanh c|");
        }
    }

    @Test
    void theParameterTableIsCheckedEntryByEntryByKey() {
        GradCheckResult result = GradCheck.of(new ParamTableDense(4, 3, random))
                .input(Matrices.gaussian(4, 5, 1, random)).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(List.of("W", "b", "x"), names(result));
    }

    @Test
    void attentionChecksItsThreeInputs() {
        GradCheckResult result = GradCheck.of(new Attention(4, 3, 2, random))
                .input(Matrices.gaussian(4, 2, 1, random), Matrices.gaussian(4, 5, 1, random),
                        Matrices.gaussian(4, 5, 1, random)).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(List.of("Wq", "Wk", "Wv", "queries", "keys", "values"), names(result));
    }

    private static List<String> names(GradCheckResult result) {
        return result.tensors().stream().map(TensorResult::name).toList();
    }
}
