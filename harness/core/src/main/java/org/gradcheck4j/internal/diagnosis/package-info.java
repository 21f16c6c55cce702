/**
 * Hints: likely causes of a wrong gradient, read from the pattern of analytic against numeric
 * values (and, where needed, the parameter values and the penalty's own gradient). Each rule is a
 * small class that looks at the evidence of one check and says nothing when its pattern does not
 * fit. Internal.
 */
package org.gradcheck4j.internal.diagnosis;
