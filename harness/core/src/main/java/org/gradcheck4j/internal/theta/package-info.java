/**
 * Internal stage of the check: views every parameter and differentiated input as one flat vector
 * theta, in place. Not part of the public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.theta;
