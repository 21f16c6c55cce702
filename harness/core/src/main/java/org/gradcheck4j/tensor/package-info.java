/**
 * The service-provider interface through which gradcheck4j reads and writes tensor types.
 *
 * @since 0.1.0
 */
package org.gradcheck4j.tensor;
