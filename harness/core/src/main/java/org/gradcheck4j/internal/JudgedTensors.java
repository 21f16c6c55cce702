package org.gradcheck4j.internal;

import java.util.ArrayList;
import java.util.List;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.internal.differences.Kinks;

/**
 * The compared tensors as the hint rules must see them: a kink component's numeric value (accepted
 * or inconclusive) is not evidence of a bug, so it is NaN there, like a component never computed.
 * Internal.
 */
final class JudgedTensors {

    private JudgedTensors() {
    }

    static List<TensorResult> of(List<TensorResult> tensors, Kinks kinks) {
        List<TensorResult> judged = new ArrayList<>(tensors.size());
        for (int s = 0; s < tensors.size(); s++) {
            TensorResult t = tensors.get(s);
            if (kinks.count(s) == 0) {
                judged.add(t);
                continue;
            }
            double[] numeric = t.numeric();
            for (int i = 0; i < numeric.length; i++) {
                if (kinks.at(s, i)) {
                    numeric[i] = Double.NaN;
                }
            }
            judged.add(new TensorResult(t.name(), t.kind(), t.shape(), t.relativeError(), t.verdict(), t.analytic(),
                    numeric, t.worst(), t.kinks(), t.checked() - kinks.count(s)));
        }
        return judged;
    }
}
