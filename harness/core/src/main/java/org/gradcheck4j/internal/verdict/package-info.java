/**
 * Internal stage of the check: the decision table, the one place where numbers become verdicts (per
 * component, per tensor, overall, and after a re-examination), used by the exhaustive, directional
 * and sampled modes alike; written out in docs/verdicts.md. Not part of the public API: it may
 * change in any release without notice.
 */
package org.gradcheck4j.internal.verdict;
