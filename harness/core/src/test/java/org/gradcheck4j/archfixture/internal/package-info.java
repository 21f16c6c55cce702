/** Internal part of the planted violations. */
package org.gradcheck4j.archfixture.internal;
