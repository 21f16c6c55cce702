package com.example.modular.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.modular.closed.Square;
import com.example.modular.layers.Scale;
import com.example.modular.selfcheck.SelfCheck;
import java.util.Random;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.GradCheckConfigurationException;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.junit.GradCheckInvocation;
import org.gradcheck4j.junit.GradCheckTest;
import org.junit.jupiter.api.Test;

/** Gradient checks of a modular user's layers, with the harness as a named module on the module path. */
class ModularCheckTests {

    @Test
    void theHarnessRunsAsANamedModuleThatExportsOnlyItsApi() {
        Module harness = GradCheck.class.getModule();
        assertEquals("org.gradcheck4j.harness", harness.getName());
        assertEquals("com.example.modular", Scale.class.getModule().getName());
        assertTrue(harness.isExported("org.gradcheck4j.junit"));
        assertFalse(harness.isExported("org.gradcheck4j.internal"));
        assertFalse(harness.isExported("org.gradcheck4j.internal.model"));
    }

    @GradCheckTest
    void anOpenedLayerIsCheckedUnderJUnit(Random random, GradCheckInvocation invocation) {
        double[] w = random.doubles(4, -1, 1).toArray();
        double[] b = random.doubles(4, -1, 1).toArray();
        invocation.check(GradCheck.of(new Scale(w, b, false)).input(random.doubles(4, -1, 1).toArray()));
    }

    @Test
    void theModulesOwnSelfCheckPassesAndCatchesThePlantedBug() {
        assertEquals(Verdict.PASS, SelfCheck.scale(5, false).verdict());
        assertEquals(Verdict.FAIL, SelfCheck.scale(5, true).verdict());
        assertEquals(Verdict.FAIL, SelfCheck.scale(5, true).tensor("b").orElseThrow().verdict());
    }

    @Test
    void aLayerWhosePackageIsNotOpenedGetsTheOpensToAdd() {
        GradCheckConfigurationException e = assertThrows(GradCheckConfigurationException.class,
                () -> GradCheck.of(new Square(new double[] {0.5, -1})).input(new double[] {1, 2}).run());
        assertTrue(e.getMessage().contains("com.example.modular.closed.Square cannot be gradient-checked"),
                e.getMessage());
        assertTrue(e.getMessage().contains("add `opens com.example.modular.closed to org.gradcheck4j.harness;`"
                + " to the module-info.java of com.example.modular"), e.getMessage());
    }
}
