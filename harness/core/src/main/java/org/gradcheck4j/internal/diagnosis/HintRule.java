package org.gradcheck4j.internal.diagnosis;

import java.util.List;

/**
 * One pattern that names a likely cause of a wrong gradient. A rule looks at the evidence of a
 * check and returns its findings, or nothing when its pattern does not fit. Internal.
 */
interface HintRule {

    /** The findings of this rule for {@code evidence}; empty when the pattern does not fit. */
    List<Finding> findings(Evidence evidence);
}
