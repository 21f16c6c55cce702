package org.gradcheck4j.junit6;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestEngine;

/** Guards this module's purpose: the extension's tests here really run on JUnit 6. */
class JUnitVersionTests {

    @Test
    void jupiterApiAndEngineAreVersionSix() {
        String api = Test.class.getPackage().getImplementationVersion();
        String engine = ServiceLoader.load(TestEngine.class).stream().map(ServiceLoader.Provider::get)
                .filter(e -> e.getId().equals("junit-jupiter")).findFirst()
                .flatMap(TestEngine::getVersion).orElse("none");

        assertTrue(api != null && api.startsWith("6."), "junit-jupiter-api version " + api);
        assertTrue(engine.startsWith("6."), "junit-jupiter-engine version " + engine);
    }
}
