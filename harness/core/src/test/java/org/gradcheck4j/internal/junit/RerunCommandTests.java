package org.gradcheck4j.internal.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gradcheck4j.junit.fixtures.PlantedBugTestCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** A failing invocation ends with the Maven command that reruns exactly it, module included. */
class RerunCommandTests {

    @Test
    void aFailingInvocationSaysHowToRerunIt() {
        Events tests = EngineTestKit.engine("junit-jupiter").enableImplicitConfigurationParameters(false)
                .selectors(selectMethod(PlantedBugTestCase.class, "signFlip", "java.util.Random,"
                        + "org.gradcheck4j.junit.GradCheckInvocation"))
                .execute().testEvents();
        String module = RerunCommand.modulePath(Path.of("").toAbsolutePath());
        String expected = "\nRerun this test: mvn test" + (module.isEmpty() ? "" : " -pl " + module
                + " -am -Dsurefire.failIfNoSpecifiedTests=false") + " -Dtest='PlantedBugTestCase#signFlip'"
                + " -Dgradcheck4j.seed=5 -Dgradcheck4j.trainingSteps=3";

        tests.assertThatEvents().haveExactly(1, event(test(), displayName("seed=5 · after 3 steps"),
                finishedWithFailure(message(m -> m.endsWith(expected)))));
    }

    @Test
    void theModuleIsThePathFromTheOutermostPom(@TempDir Path root) throws IOException {
        Path module = Files.createDirectories(root.resolve("build/harness/core"));
        for (Path dir : new Path[] {root.resolve("build"), root.resolve("build/harness"), module}) {
            Files.writeString(dir.resolve("pom.xml"), "<project/>");
        }

        assertThat(RerunCommand.modulePath(module)).isEqualTo("harness/core");
        assertThat(RerunCommand.modulePath(root.resolve("build"))).isEmpty();
    }

    @Test
    void aSingleModuleProjectNeedsNoProjectList(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("pom.xml"), "<project/>");

        assertThat(RerunCommand.of(RerunCommandTests.class, "dense", project,
                "gradcheck4j.seed=2", "gradcheck4j.trainingSteps=20")).isEqualTo(
                "mvn test -Dtest='RerunCommandTests#dense' -Dgradcheck4j.seed=2 -Dgradcheck4j.trainingSteps=20");
    }
}
