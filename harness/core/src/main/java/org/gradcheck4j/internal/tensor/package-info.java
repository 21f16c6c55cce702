/**
 * Internal stage of the check: the built-in tensor adapters and their registry. Not part of the
 * public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.tensor;
