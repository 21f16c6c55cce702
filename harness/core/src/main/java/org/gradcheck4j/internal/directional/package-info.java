/**
 * Internal stage of the check: the directional (fast) mode: random-direction tests per tensor,
 * localisation of wrong components by group testing, stratified exact samples, the sampled mode
 * (every row and column represented), and the AUTO mode policy. Not part of the public API: it may change in any release without notice.
 */
package org.gradcheck4j.internal.directional;
