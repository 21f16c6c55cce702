package org.gradcheck4j.setup;

/**
 * A user's project built from README's setup block: which JUnit, where its dependency stands, and
 * whether Surefire reports display names.
 */
enum Variant {
    JUNIT5("junit5", false, false, false),
    JUNIT5_JUNIT_FIRST("junit5-junit-first", false, true, false),
    JUNIT6("junit6", true, false, false),
    JUNIT6_JUNIT_FIRST("junit6-junit-first", true, true, false),
    /** README's setup plus the Surefire reporter setting of docs/junit.md. */
    JUNIT5_PHRASED_NAMES("junit5-phrased-names", false, false, true);

    final String module;
    final boolean junit6;
    final boolean junitFirst;
    final boolean phrasedNames;

    Variant(String module, boolean junit6, boolean junitFirst, boolean phrasedNames) {
        this.module = module;
        this.junit6 = junit6;
        this.junitFirst = junitFirst;
        this.phrasedNames = phrasedNames;
    }
}
