/**
 * Internal stage of the check: relative errors, verdicts and outlying components. Not part of the
 * public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.comparison;
