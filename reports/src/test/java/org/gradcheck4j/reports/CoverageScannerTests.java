package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gradcheck4j.reports.coverage.Coverage;
import org.gradcheck4j.reports.coverage.CoverageEntry;
import org.gradcheck4j.reports.coverage.CoverageScanner;
import org.junit.jupiter.api.Test;

class CoverageScannerTests {

    @Test
    void listsUnmarkedLayersAndMarkedClassesNoCheckExercised() {
        Coverage c = new CoverageScanner().scan(List.of(Fixtures.sourceRoot()), Set.of(Fixtures.DENSE));
        assertTrue(c.known());
        assertEquals(5, c.scannedClasses(), "Dense, Dense.Wide, Flipped, Unmarked, Helper");
        assertEquals(List.of("com.example.layers.Unmarked"), names(c.unchecked()));
        assertTrue(c.unchecked().get(0).reason().contains("forward and backward"), c.unchecked().get(0).reason());
        assertEquals(List.of("com.example.layers.Dense$Wide", "com.example.layers.Flipped"), names(c.notExercised()),
                "@GradChecked is @Inherited: Flipped extends Dense");
        assertEquals("com/example/layers/Dense.java", c.notExercised().get(0).file());
        assertEquals(4, c.layers());
    }

    @Test
    void everyMarkedClassCheckedLeavesNothingNotExercised() {
        Coverage c = new CoverageScanner().scan(List.of(Fixtures.sourceRoot()),
                Set.of(Fixtures.DENSE, "com.example.layers.Dense$Wide", "com.example.layers.Flipped"));
        assertEquals(List.of(), c.notExercised());
    }

    @Test
    void withoutSourcesCoverageIsUnknown() {
        assertFalse(new CoverageScanner().scan(List.of(Path.of("nope")), Set.of()).known());
    }

    private static List<String> names(List<CoverageEntry> entries) {
        return entries.stream().map(CoverageEntry::className).toList();
    }
}
