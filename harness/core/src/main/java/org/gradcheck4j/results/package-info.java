/**
 * Check results as JSON files: one file per check, in a versioned format written in one place
 * ({@link org.gradcheck4j.results.ResultsJson}) and read back into the same records
 * ({@link org.gradcheck4j.GradCheckResult} and its parts) by reports and CI tools.
 */
package org.gradcheck4j.results;
