package org.gradcheck4j.generate;

import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing case by moving its recorded choices toward their minimum, one choice at a time
 * (first straight to the minimum, then by bisection), keeping every change after which the case
 * still fails the same way, until no choice moves or the attempt budget is spent.
 */
final class Shrinker {

    /** One run of the property on a case: the failure, or {@code null} when it passed. */
    record Outcome(Case drawn, Throwable failure) {

        boolean fails() {
            return failure != null;
        }
    }

    /** The smallest failing case found and how many shrinks led there. */
    record Result(Outcome smallest, int shrinks, int attempts) {
    }

    private final Function<Choices, Outcome> property;
    private final int budget;
    private Outcome best;
    private long[] values;
    private int shrinks;
    private int attempts;

    Shrinker(Function<Choices, Outcome> property, int budget) {
        this.property = property;
        this.budget = budget;
    }

    Result shrink(Outcome failing) {
        accept(failing);
        boolean moved = true;
        while (moved && attempts < budget) {
            moved = false;
            for (int i = 0; i < values.length && attempts < budget; i++) {
                moved |= shrinkChoice(i);
            }
        }
        return new Result(best, shrinks, attempts);
    }

    private boolean shrinkChoice(int index) {
        Choices.Choice choice = best.drawn().choices().recorded().get(index);
        if (!choice.shrinkable() || choice.value() == choice.min()) {
            return false;
        }
        if (tryValue(index, choice.min())) {
            return true;
        }
        long passing = choice.min();
        long failing = choice.value();
        while (failing - passing > 1 && attempts < budget) {
            long middle = passing + (failing - passing) / 2;
            if (tryValue(index, middle)) {
                failing = middle;
            } else {
                passing = middle;
            }
        }
        return failing < choice.value();
    }

    private boolean tryValue(int index, long value) {
        long[] candidate = values.clone();
        candidate[index] = value;
        attempts++;
        Outcome outcome = property.apply(Choices.replaying(candidate));
        if (outcome.fails() && outcome.failure().getClass() == best.failure().getClass()) {
            accept(outcome);
            shrinks++;
            return true;
        }
        return false;
    }

    private void accept(Outcome outcome) {
        best = outcome;
        List<Choices.Choice> recorded = outcome.drawn().choices().recorded();
        values = recorded.stream().mapToLong(Choices.Choice::value).toArray();
    }
}
