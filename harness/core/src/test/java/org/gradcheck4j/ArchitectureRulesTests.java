package org.gradcheck4j;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.gradcheck4j.annotation.Param;
import org.gradcheck4j.archfixture.CleanApi;
import org.gradcheck4j.archfixture.LeakyApi;
import org.gradcheck4j.archfixture.NoStatus;
import org.gradcheck4j.archfixture.ProtectedLeak;
import org.gradcheck4j.archfixture.a.A;
import org.gradcheck4j.archfixture.b.B;
import org.gradcheck4j.archfixture.internal.Hidden;
import org.gradcheck4j.archfixture.internal.MarkedStable;
import org.gradcheck4j.archfixture.internal.UsesJUnit;
import org.gradcheck4j.internal.CheckRunner;
import org.gradcheck4j.junit.GradCheckTest;
import org.junit.jupiter.api.Test;

/** Each rule of {@link ArchitectureTests} catches its planted violation and lets clean code through. */
class ArchitectureRulesTests {

    private static final String ROOT = "org.gradcheck4j.archfixture";

    /** The fixtures, imported once (an import resolves their dependencies: seconds, not milliseconds). */
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

    private static String violations(ArchRule rule, Class<?>... types) {
        Set<String> names = Arrays.stream(types).map(Class::getName).collect(Collectors.toSet());
        JavaClasses classes = FIXTURES.that(DescribedPredicate.describe("are given", c -> names.contains(c.getName())));
        EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void exportedPackagesAreReadFromTheModuleDescriptors() {
        JavaClasses classes = new ClassFileImporter().importClasses(GradCheck.class, GradCheckTest.class,
                Param.class, CheckRunner.class, CleanApi.class, Hidden.class);
        assertThat(classes.stream().filter(ExportedPackages.INSTANCE).map(JavaClass::reflect))
                .containsExactlyInAnyOrder(GradCheck.class, GradCheckTest.class, Param.class, CleanApi.class);
    }

    @Test
    void anInternalTypeInAPublicSignatureIsALeak() {
        ArchRule rule = ArchitectureRules.apiExposesNoInternalType();
        assertThat(violations(rule, LeakyApi.class, Hidden.class))
                .contains("LeakyApi.hidden() exposes " + Hidden.class.getName());
        assertThat(violations(rule, ProtectedLeak.class, Hidden.class))
                .contains("ProtectedLeak.take(java.util.List) exposes " + Hidden.class.getName());
        assertThat(violations(rule, CleanApi.class, Hidden.class)).isEmpty();
    }

    @Test
    void aPublicApiTypeWithoutStatusIsCaught() {
        ArchRule rule = ArchitectureRules.everyPublicTypeHasApiStatus();
        assertThat(violations(rule, NoStatus.class)).contains(NoStatus.class.getName());
        assertThat(violations(rule, CleanApi.class, LeakyApi.class)).isEmpty();
    }

    @Test
    void anInternalTypeMustSayItIsInternal() {
        ArchRule rule = ArchitectureRules.internalTypesAreMarkedInternal();
        assertThat(violations(rule, MarkedStable.class)).contains(MarkedStable.class.getName());
        assertThat(violations(rule, Hidden.class)).isEmpty();
    }

    @Test
    void anEngineClassThatCallsJUnitIsCaught() {
        ArchRule rule = ArchitectureRules.engineDependsOnNo(ROOT, "org.junit..");
        assertThat(violations(rule, UsesJUnit.class)).contains(UsesJUnit.class.getName(), "Assertions");
        assertThat(violations(rule, Hidden.class, CleanApi.class)).isEmpty();
    }

    @Test
    void aPackageCycleIsCaught() {
        ArchRule rule = slices().assignedFrom(ArchitectureRules.packagesUnder(ROOT)).should().beFreeOfCycles();
        assertThat(violations(rule, A.class, B.class)).contains("Cycle detected", ROOT + ".a", ROOT + ".b");
        assertThat(violations(rule, A.class, CleanApi.class, Hidden.class)).isEmpty();
    }
}
