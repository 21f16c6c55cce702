package org.gradcheck4j.generate;

import java.util.List;
import org.gradcheck4j.internal.junit.RunConfiguration;

/**
 * What a {@link GradCheckProperty} method runs: the seeds of its tries, the training steps a try
 * draws from, thresholds and strictness, and the shrink budget.
 *
 * @param trySeeds one seed per try
 * @param configuration the resolved thresholds, strictness and training steps
 * @param shrinkBudget the most runs spent on shrinking
 * @param replay whether the seeds were given by {@code gradcheck4j.seed(s)} rather than drawn
 */
record PropertyPlan(List<Long> trySeeds, RunConfiguration configuration, int shrinkBudget, boolean replay) {

    PropertyPlan {
        trySeeds = List.copyOf(trySeeds);
    }

    /** {@code 100 tries · seed=42}, or {@code replay seed=-81…} when seeds were given. */
    String displayName(long baseSeed) {
        if (replay) {
            int more = trySeeds.size() - 1;
            return "replay seed=" + trySeeds.get(0) + (more > 0 ? " and " + more + " more" : "");
        }
        return trySeeds.size() + (trySeeds.size() == 1 ? " try" : " tries") + " · seed=" + baseSeed;
    }
}
