/**
 * Internal stage of the check: the cost J of a check, its analytic gradient, dropout handling and
 * training. Not part of the public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.objective;
