package org.gradcheck4j.kinks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Hint;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.internal.ResultListeners;

/**
 * The verdicts of one family's correct or buggy layer over a number of seeded tries, and the seeds
 * of the tries that broke the property: for the correct layer a verdict other than PASS or MARGINAL
 * or any hint, for the buggy layer a verdict other than FAIL.
 *
 * @param family the family
 * @param buggy whether the planted-bug variant was checked
 * @param verdicts how many tries ended in each verdict
 * @param hinted how many tries got at least one hint
 * @param hintRules how many tries got a hint of each rule
 * @param broken the seeds of the tries that broke the property, first ones first (at most 10 kept)
 * @param brokenCount how many tries broke the property
 */
record KinkTally(KinkFamily family, boolean buggy, Map<Verdict, Integer> verdicts, int hinted,
                 Map<String, Integer> hintRules, List<Long> broken, int brokenCount) {

    private static final int SEEDS_KEPT = 10;
    /** The mode the cases are checked in: {@code -Dgradcheck4j.clusterMode}, EXHAUSTIVE by default. */
    static final CheckMode MODE = CheckMode.valueOf(System.getProperty("gradcheck4j.clusterMode", "EXHAUSTIVE"));

    /** Checks {@code tries} cases of the family, each from its own seed (the same seeds for both variants). */
    static KinkTally of(KinkFamily family, boolean buggy, int tries) {
        Random seeds = new Random(family.name().hashCode());
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<String, Integer> rules = new TreeMap<>();
        List<Long> broken = new ArrayList<>();
        int hinted = 0;
        int brokenCount = 0;
        for (int t = 0; t < tries; t++) {
            long seed = seeds.nextLong();
            GradCheckResult r = check(family, buggy, seed);
            verdicts.merge(r.verdict(), 1, Integer::sum);
            hinted += r.hints().isEmpty() ? 0 : 1;
            r.hints().stream().map(Hint::rule).distinct().forEach(rule -> rules.merge(rule, 1, Integer::sum));
            if (breaks(r, buggy)) {
                brokenCount++;
                if (broken.size() < SEEDS_KEPT) {
                    broken.add(seed);
                }
            }
        }
        return new KinkTally(family, buggy, Map.copyOf(verdicts), hinted, Map.copyOf(rules), List.copyOf(broken),
                brokenCount);
    }

    /** The check of one case, kept out of the HTML report. */
    static GradCheckResult check(KinkFamily family, boolean buggy, long seed) {
        return ResultListeners.muted(() -> family.trial(seed, buggy).check(seed).mode(MODE).run());
    }

    /** Whether a result breaks the property for the correct ({@code buggy} false) or the buggy layer. */
    static boolean breaks(GradCheckResult r, boolean buggy) {
        if (buggy) {
            return r.verdict() != Verdict.FAIL;
        }
        return (r.verdict() != Verdict.PASS && r.verdict() != Verdict.MARGINAL) || !r.hints().isEmpty();
    }

    /** The number of tries. */
    int tries() {
        return verdicts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** One line: the family, the variant, the verdict counts, the hints (by rule) and the breaking seeds. */
    String line() {
        return String.format("%s %-28s %-7s tries %5d  %s  hinted %d %s  broken %d%s", MODE, family.name(),
                buggy ? "buggy" : "correct", tries(), new TreeMap<>(verdicts), hinted, new TreeMap<>(hintRules),
                brokenCount, broken.isEmpty() ? "" : "  seeds " + broken);
    }
}
