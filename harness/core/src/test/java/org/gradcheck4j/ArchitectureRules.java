package org.gradcheck4j;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/** The architecture rules of {@link ArchitectureTests}, parameterised so that planted violations can test them. */
final class ArchitectureRules {

    /**
     * The engine under {@code root}: everything in the harness but the JUnit extension ({@code junit}, {@code internal.junit}),
     * the property runner built on it ({@code generate}) and the recording of results ({@code internal.recording}).
     */
    private ArchitectureRules() {
    }

    /** No class of the engine under {@code root} depends on a class in {@code packages} (ArchUnit syntax). */
    static ArchRule engineDependsOnNo(String root, String packages) {
        return noClasses().that(engine(root)).should().dependOnClassesThat().resideInAPackage(packages);
    }

    static DescribedPredicate<JavaClass> engine(String root) {
        return resideInAnyPackage(root, root + ".tensor", root + ".internal..")
                .and(not(resideInAnyPackage(root + ".internal.junit..", root + ".internal.recording..")))
                .as("the engine under " + root);
    }

    /**
     * Packages merged into one slice, so that their mutual dependencies are no cycle: an exported package
     * with its implementation (the API interface {@code GradCheckInvocation} is implemented in
     * {@code internal.junit}, whose extension the API annotation names).
     */
    static final Map<String, String> MERGED_SLICES = Map.of(
            "org.gradcheck4j.internal.junit", "org.gradcheck4j.junit");

    /**
     * Every package under {@code root} is a slice of its own (but {@link #MERGED_SLICES}); {@code root}
     * itself, the API facade with its value types, sits on top of the engine and is left out.
     */
    static SliceAssignment packagesUnder(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(MERGED_SLICES.getOrDefault(name, name));
            }

            @Override
            public String getDescription() {
                return "packages under " + root;
            }
        };
    }

    /** Public types of exported packages, read from each artifact's module descriptor. */
    static ArchRule apiExposesNoInternalType() {
        return apiExposesNoInternalType(ExportedPackages.INSTANCE);
    }

    static ArchRule apiExposesNoInternalType(DescribedPredicate<JavaClass> exported) {
        return classes().that().arePublic().and(exported).should(exposeNoInternalType());
    }

    static ArchRule everyPublicTypeHasApiStatus() {
        return everyPublicTypeHasApiStatus(ExportedPackages.INSTANCE);
    }

    static ArchRule everyPublicTypeHasApiStatus(DescribedPredicate<JavaClass> exported) {
        return classes().that().arePublic().and().areTopLevelClasses().and(exported)
                .should().beAnnotatedWith(API.class)
                .because("users must see what they may rely on (nested types take their enclosing type's status)");
    }

    static ArchRule internalTypesAreMarkedInternal() {
        return classes().that().arePublic().and().areTopLevelClasses().and(not(ExportedPackages.INSTANCE))
                .should(beMarked(API.Status.INTERNAL))
                .because("a public type that no module exports is an implementation detail");
    }

    static ArchCondition<JavaClass> beMarked(API.Status status) {
        return new ArchCondition<>("be annotated @API(status = " + status + ")") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean ok = type.tryGetAnnotationOfType(API.class).map(a -> a.status() == status).orElse(false);
                events.add(new SimpleConditionEvent(type, ok, type.getName() + " is not @API(status = " + status
                        + ")"));
            }
        };
    }

    static ArchCondition<JavaClass> haveAPackageInfo() {
        return new ArchCondition<>("lie in a package whose package-info.java says it is internal") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean ok = type.getPackage().tryGetPackageInfo().isPresent();
                events.add(new SimpleConditionEvent(type, ok, type.getPackageName() + " has no package-info"));
            }
        };
    }

    static ArchCondition<JavaClass> exposeNoInternalType() {
        return new ArchCondition<>("expose no internal type in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> leaks = new LinkedHashSet<>();
                type.getRawSuperclass().ifPresent(s -> leak(leaks, type.getName() + " extends", s));
                type.getRawInterfaces().forEach(i -> leak(leaks, type.getName() + " implements", i));
                for (JavaMember member : type.getMembers()) {
                    if (visible(member)) {
                        signatureTypes(member).forEach(t -> leak(leaks, member.getFullName(), t));
                    }
                }
                leaks.forEach(l -> events.add(SimpleConditionEvent.violated(type, l)));
                if (leaks.isEmpty()) {
                    events.add(SimpleConditionEvent.satisfied(type, type.getName() + " exposes no internal type"));
                }
            }
        };
    }

    private static boolean visible(JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        return !modifiers.contains(JavaModifier.SYNTHETIC)
                && (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED));
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaClass> types = new LinkedHashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            for (JavaType parameter : code.getParameterTypes()) {
                types.addAll(parameter.getAllInvolvedRawTypes());
            }
            types.addAll(code.getThrowsClause().getTypes());
        }
        return types;
    }

    private static void leak(Set<String> leaks, String where, JavaClass type) {
        JavaClass base = type.getBaseComponentType();
        if (base.getPackageName().contains(".internal")) {
            leaks.add(where + " exposes " + base.getName());
        }
    }
}
