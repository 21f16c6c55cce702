package com.example.modular.tests;

import static java.util.stream.Collectors.toCollection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleReader;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ejml.data.DMatrixRMaj;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.annotation.GradChecked;
import org.gradcheck4j.samples.layers.Dense;
import org.junit.jupiter.api.Test;

/** gradcheck4j-samples as a named module beside the harness: what it exports and opens, and a layer of it checked. */
class SamplesModuleTests {

    private static final Module SAMPLES = Dense.class.getModule();
    private static final Module HARNESS = GradCheck.class.getModule();

    @Test
    void theSamplesAreANamedModuleThatExportsEveryPackage() {
        assertEquals("org.gradcheck4j.samples", SAMPLES.getName());
        assertFalse(SAMPLES.getDescriptor().isAutomatic());
        Set<String> exported = SAMPLES.getDescriptor().exports().stream()
                .filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source)
                .collect(toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(SAMPLES.getPackages()), exported);
    }

    @Test
    void everyPackageWithAGradCheckedClassAndNoOtherIsOpenedToTheHarness() throws IOException {
        Set<String> checked = packagesOfGradCheckedClasses();
        assertTrue(checked.contains("org.gradcheck4j.samples.layers"), checked::toString);
        Set<String> opened = SAMPLES.getPackages().stream()
                .filter(p -> SAMPLES.isOpen(p, HARNESS))
                .collect(toCollection(TreeSet::new));
        assertEquals(checked, opened);
    }

    @Test
    void aSampleLayerIsCheckedThroughTheOpens() {
        Random random = new Random(11);
        DMatrixRMaj w = new DMatrixRMaj(2, 3, true, random.doubles(6, -1, 1).toArray());
        DMatrixRMaj b = new DMatrixRMaj(2, 1, true, random.doubles(2, -1, 1).toArray());
        DMatrixRMaj x = new DMatrixRMaj(3, 4, true, random.doubles(12, -1, 1).toArray());
        GradCheckResult result = GradCheck.of(new Dense(w, b)).input(x).seed(11).run();
        assertEquals(Verdict.PASS, result.verdict(), result::message);
        assertEquals(Verdict.PASS, result.tensor("W").orElseThrow().verdict(), result::message);
    }

    private static Set<String> packagesOfGradCheckedClasses() throws IOException {
        try (ModuleReader reader = SAMPLES.getLayer().configuration().findModule(SAMPLES.getName())
                .orElseThrow().reference().open()) {
            try (Stream<String> resources = reader.list()) {
                return resources.filter(r -> r.endsWith(".class") && !r.endsWith("module-info.class"))
                        .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.'))
                        .map(SamplesModuleTests::load)
                        .filter(c -> c.isAnnotationPresent(GradChecked.class))
                        .map(Class::getPackageName)
                        .collect(toCollection(TreeSet::new));
            }
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SAMPLES.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
