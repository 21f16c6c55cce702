package org.gradcheck4j.setup;

/** A user's project built from README's setup block: which JUnit, and where its dependency stands. */
enum Variant {
    JUNIT5("junit5", false, false),
    JUNIT5_JUNIT_FIRST("junit5-junit-first", false, true),
    JUNIT6("junit6", true, false),
    JUNIT6_JUNIT_FIRST("junit6-junit-first", true, true);

    final String module;
    final boolean junit6;
    final boolean junitFirst;

    Variant(String module, boolean junit6, boolean junitFirst) {
        this.module = module;
        this.junit6 = junit6;
        this.junitFirst = junitFirst;
    }
}
