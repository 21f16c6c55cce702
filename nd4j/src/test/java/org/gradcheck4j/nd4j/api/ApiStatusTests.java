package org.gradcheck4j.nd4j.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.gradcheck4j.nd4j.api.planted.Documented;
import org.gradcheck4j.nd4j.api.planted.Unmarked;
import org.gradcheck4j.nd4j.api.planted.internal.MarkedInternal;
import org.gradcheck4j.nd4j.api.planted.internal.MarkedStable;
import org.gradcheck4j.nd4j.api.planted.internal.UnmarkedInternal;
import org.junit.jupiter.api.Test;

/**
 * Every public type of gradcheck4j-nd4j says its {@code @API} status, INTERNAL in the internal package
 * (docs/api.md); the planted types under {@code planted} prove that each rule catches a violation.
 */
class ApiStatusTests {

    private static final JavaClasses ND4J = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.gradcheck4j.nd4j");

    private static final JavaClasses PLANTED = new ClassFileImporter()
            .importClasses(Documented.class, Unmarked.class, MarkedInternal.class, MarkedStable.class,
                    UnmarkedInternal.class);

    @Test
    void theRulesSeeTheModulesTypes() {
        assertThat(ND4J.contain("org.gradcheck4j.nd4j.NdArrayAdapter")).isTrue();
        assertThat(ND4J.contain("org.gradcheck4j.nd4j.internal.CheckedLayer")).isTrue();
    }

    @Test
    void everyPublicTypeOfTheModuleHasAnApiStatus() {
        ApiStatusRules.everyPublicTypeHasAnApiStatus().check(ND4J);
    }

    @Test
    void everyPublicTypeOfTheInternalPackageIsMarkedInternal() {
        ApiStatusRules.internalPackageTypesAreInternal().check(ND4J);
    }

    @Test
    void aPublicTypeWithoutApiStatusIsReported() {
        EvaluationResult result = ApiStatusRules.everyPublicTypeHasAnApiStatus().evaluate(PLANTED);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .anyMatch(line -> line.contains(Unmarked.class.getName()))
                .anyMatch(line -> line.contains(UnmarkedInternal.class.getName()));
    }

    @Test
    void anInternalTypeWithAnotherOrNoStatusIsReported() {
        EvaluationResult result = ApiStatusRules.internalPackageTypesAreInternal().evaluate(PLANTED);

        assertThat(result.getFailureReport().getDetails())
                .hasSize(2)
                .anyMatch(line -> line.contains(MarkedStable.class.getName()))
                .anyMatch(line -> line.contains(UnmarkedInternal.class.getName()));
    }
}
