/**
 * Internal stage of the check: numeric derivatives: central differences, kinks, Richardson
 * extrapolation, rounding floors, the epsilon-sweep. Not part of the public API: it may change in
 * any release without notice.
 */
package org.gradcheck4j.internal.differences;
