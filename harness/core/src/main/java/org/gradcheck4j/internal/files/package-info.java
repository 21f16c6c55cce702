/**
 * Internal: files written atomically, shared by the result files ({@code org.gradcheck4j.results}), the
 * recording of a run and the reports; below both, so that neither depends on the other. Not public API.
 */
package org.gradcheck4j.internal.files;
