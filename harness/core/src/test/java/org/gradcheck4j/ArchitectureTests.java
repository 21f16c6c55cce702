package org.gradcheck4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The harness's architecture, checked on its compiled classes: the engine knows nothing of JUnit or
 * the reports, packages form no cycle, the exported API exposes no internal type and says its stability.
 * The rules themselves are in {@link ArchitectureRules}, where {@code ArchitectureRulesTests} proves
 * that each one catches a planted violation.
 */
@AnalyzeClasses(packages = "org.gradcheck4j", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule ENGINE_KNOWS_NO_JUNIT = ArchitectureRules.engineDependsOnNo("org.gradcheck4j",
            "org.junit..")
            .because("the engine runs outside JUnit too (GradCheck.run(), Jazzer, benchmarks)");

    @ArchTest
    static final ArchRule ENGINE_KNOWS_NO_REPORTS = ArchitectureRules.engineDependsOnNo("org.gradcheck4j",
            "org.gradcheck4j.reports..")
            .because("reports sit on top of the result records, never under the engine");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .assignedFrom(ArchitectureRules.packagesUnder("org.gradcheck4j")).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule API_EXPOSES_NO_INTERNAL_TYPE = ArchitectureRules.apiExposesNoInternalType();

    @ArchTest
    static final ArchRule API_TYPES_SAY_THEIR_STATUS = ArchitectureRules.everyPublicTypeHasApiStatus();

    @ArchTest
    static final ArchRule INTERNAL_TYPES_ARE_MARKED_INTERNAL = ArchitectureRules.internalTypesAreMarkedInternal();

    @ArchTest
    static final ArchRule INTERNAL_PACKAGES_ARE_DOCUMENTED = classes().that().resideInAPackage("..internal..")
            .should(ArchitectureRules.haveAPackageInfo());
}
