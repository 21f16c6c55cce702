/**
 * Internal support of the JUnit extensions: configuration, invocations, report entries. Not for
 * use outside gradcheck4j; it may change without notice.
 */
package org.gradcheck4j.internal.junit;
