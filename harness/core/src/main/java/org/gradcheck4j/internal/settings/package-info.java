/**
 * Internal: what a {@code GradCheck} builder was told, read by the engine and its helpers. It sits
 * below {@code org.gradcheck4j.internal} so that the helpers (diagnosis, parallel checking) depend on
 * it without depending on the engine that calls them. Not public API.
 */
package org.gradcheck4j.internal.settings;
