/**
 * Internal stage of the check: reads an annotated class into a validated model. Not part of the
 * public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.model;
