/**
 * Internal stage of the check: the text of a failure message. Not part of the public API: it may
 * change in any release without notice.
 */
package org.gradcheck4j.internal.message;
