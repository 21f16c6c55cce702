package org.gradcheck4j.nd4j.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.apiguardian.api.API;

/**
 * The stability rules for gradcheck4j-nd4j (docs/api.md). As an automatic module it exports every
 * package, so every public top-level type says its status, and those of an {@code internal} package
 * say INTERNAL. Nested types take their enclosing type's status.
 */
final class ApiStatusRules {

    private ApiStatusRules() {
    }

    static ArchRule everyPublicTypeHasAnApiStatus() {
        return classes().that().arePublic().and().areTopLevelClasses()
                .should().beAnnotatedWith(API.class)
                .because("every package of an automatic module is exported");
    }

    static ArchRule internalPackageTypesAreInternal() {
        return classes().that().arePublic().and().areTopLevelClasses().and().resideInAPackage("..internal..")
                .should(beMarkedInternal())
                .because("users must see that the internal package may change without notice");
    }

    private static ArchCondition<JavaClass> beMarkedInternal() {
        return new ArchCondition<>("be annotated @API(status = INTERNAL)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean internal = type.tryGetAnnotationOfType(API.class)
                        .map(api -> api.status() == API.Status.INTERNAL).orElse(false);
                events.add(new SimpleConditionEvent(type, internal,
                        type.getName() + " is not @API(status = INTERNAL)"));
            }
        };
    }
}
