/**
 * Internal: the annotated wrappers through which gradcheck4j's engine sees a Deeplearning4j layer,
 * activation, loss function or network, and how they are prepared for a check. Not part of the
 * public API: it may change in any release without notice.
 */
package org.gradcheck4j.nd4j.internal;
