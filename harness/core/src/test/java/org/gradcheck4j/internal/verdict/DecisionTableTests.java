package org.gradcheck4j.internal.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.verdict.DecisionTable.Call;
import org.junit.jupiter.api.Test;

/** Each row of the decision table (docs/verdicts.md) from both sides: a correct case it must not fail, a buggy one it must not pass. */
class DecisionTableTests {

    private static final Thresholds T = Thresholds.DEFAULT;

    @Test
    void row1AgreesWithinWarnAndNoiseButNotBeyond() {
        assertThat(DecisionTable.agrees(1.0, 1.0 + 1e-6, 0, T)).isTrue();
        assertThat(DecisionTable.agrees(1.0, 1.003, 0, T)).isFalse();
        assertThat(DecisionTable.agrees(1e-9, 0, 1e-8, T)).as("within the noise").isTrue();
        assertThat(DecisionTable.agrees(1e-9, 0, 1e-10, T)).isFalse();
    }

    @Test
    void row2SmoothOnlyWhenTheStepsAgree() {
        assertThat(DecisionTable.smooth(1e-12, 2.0, 2.0, 1e-10, T)).isTrue();
        assertThat(DecisionTable.smooth(0.5, 0.5, 0.5, 1e-10, T)).as("a kink: the gaps do not halve").isFalse();
    }

    @Test
    void row3ResolvableOnlyAboveTwiceTheNoise() {
        assertThat(DecisionTable.resolvable(1e-3, 1e-5)).isTrue();
        assertThat(DecisionTable.resolvable(1e-3, 1e-3)).isFalse();
    }

    @Test
    void rows4And5AKinkIsAcceptedBetweenItsOneSidedDerivativesOnly() {
        assertThat(DecisionTable.kink(0.5, 0, 1, 0, T)).isEqualTo(Call.KINK_ACCEPTED);
        assertThat(DecisionTable.kink(1, 0, 1, 0, T)).isEqualTo(Call.KINK_ACCEPTED);
        assertThat(DecisionTable.kink(-1, 0, 1, 1e-9, T)).isEqualTo(Call.KINK_INCONCLUSIVE);
        assertThat(DecisionTable.kink(2, 0, 1, 1e-9, T)).isEqualTo(Call.KINK_INCONCLUSIVE);
    }

    @Test
    void rows6To9ATensorFailsByItsNormRatioOrAnOutlierButNotWithinTheNoise() {
        assertThat(DecisionTable.tensor(1e-9, T, false, false, false)).isEqualTo(Verdict.PASS);
        assertThat(DecisionTable.tensor(1e-2, T, false, false, false)).isEqualTo(Verdict.FAIL);
        assertThat(DecisionTable.tensor(1e-2, T, true, false, false)).as("unresolved").isEqualTo(Verdict.MARGINAL);
        assertThat(DecisionTable.tensor(1e-9, T, false, true, false)).as("outlier").isEqualTo(Verdict.FAIL);
        assertThat(DecisionTable.tensor(1e-9, T, true, true, false)).as("an outlier is above its floor").isEqualTo(Verdict.FAIL);
        assertThat(DecisionTable.tensor(1e-9, T, false, false, true)).as("inconclusive kink").isEqualTo(Verdict.MARGINAL);
        assertThat(DecisionTable.tensor(1e-2, T, false, false, true)).as("an inconclusive kink excuses nothing else")
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void row10OverallIsTheWorstOfTheTensorsAndTheWhole() {
        assertThat(DecisionTable.overall(Verdict.PASS, 1e-9, T, false)).isEqualTo(Verdict.PASS);
        assertThat(DecisionTable.overall(Verdict.PASS, 1e-2, T, false)).isEqualTo(Verdict.FAIL);
        assertThat(DecisionTable.overall(Verdict.FAIL, 1e-9, T, false)).isEqualTo(Verdict.FAIL);
        assertThat(DecisionTable.overall(Verdict.PASS, 1e-2, T, true)).isEqualTo(Verdict.MARGINAL);
    }

    @Test
    void row11OnlyWhatIsInDoubtIsReexamined() {
        assertThat(DecisionTable.reexamine(Verdict.MARGINAL, 1, 1, false)).isTrue();
        assertThat(DecisionTable.reexamine(Verdict.WARN, 1, 1, false)).isTrue();
        assertThat(DecisionTable.reexamine(Verdict.FAIL, 10, 1, false)).as("FAIL near the noise").isTrue();
        assertThat(DecisionTable.reexamine(Verdict.FAIL, 1e6, 1, false)).as("plainly wrong").isFalse();
        assertThat(DecisionTable.reexamine(Verdict.FAIL, 10, 1, true)).as("an outlier").isFalse();
        assertThat(DecisionTable.reexamine(Verdict.PASS, 0, 1, false)).isFalse();
    }

    @Test
    void row12ARefinedValueStandsOnlyWhereItShowsJSmooth() {
        assertThat(DecisionTable.refinedStands(1.0, 1.0 + 1e-9, 1e-8, T)).isTrue();
        assertThat(DecisionTable.refinedStands(0.0, -0.083, 2.3e-3, T)).as("its steps crossed a kink").isFalse();
    }
}
