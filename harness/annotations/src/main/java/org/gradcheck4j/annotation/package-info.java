/**
 * The annotations a layer carries so that gradcheck4j can verify its backward pass. This package
 * has no dependencies, so a project's main code can depend on it.
 *
 * @since 0.1.0
 */
package org.gradcheck4j.annotation;
