/**
 * Internal: the engine that runs a check, stage by stage (model, theta, objective, differences,
 * comparison), and its helpers. Nothing under {@code org.gradcheck4j.internal} is public API: it may
 * change in any release without notice.
 */
package org.gradcheck4j.internal;
