/**
 * Internal stage of the check: the exhaustive differences split over worker threads, each with a
 * replica of the layer built by the factory. Not part of the public API: it may change in any
 * release without notice.
 */
package org.gradcheck4j.internal.parallel;
