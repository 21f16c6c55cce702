package org.gradcheck4j.archfixture;

/** Planted: a public API type that does not say its stability. */
public class NoStatus {
}
