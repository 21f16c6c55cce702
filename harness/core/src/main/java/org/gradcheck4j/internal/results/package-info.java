/**
 * Internal stage of the check: maps results to the report model and writes them during a JUnit
 * run. Not part of the public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.results;
