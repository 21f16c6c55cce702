package org.gradcheck4j.samples.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/** The samples' module exports every package, so every public type of them says its stability (docs/api.md). */
class ApiStatusTests {

    @Test
    void everyPublicTopLevelTypeOfTheSamplesHasAnApiStatus() {
        JavaClasses samples = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gradcheck4j.samples");
        classes().that().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .check(samples);
    }
}
