/** Planted violations of the architecture rules, read by {@code ArchitectureRulesTests} only. */
package org.gradcheck4j.archfixture;
