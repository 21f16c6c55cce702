/**
 * Internal: records the checks of a JUnit run as results files and hands the run to the report
 * renderer of {@code gradcheck4j-reports}, when it is on the class path. Exported to the reports
 * module only; not part of the public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.recording;
