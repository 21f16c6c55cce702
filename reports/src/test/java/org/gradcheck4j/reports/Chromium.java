package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the browser tests can run: Debian's {@code chromium} and {@code chromium-driver}. Without
 * them a browser test is skipped, visibly and with the command that installs them, except under
 * {@code CI=true}, where a missing browser fails it.
 */
final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String INSTALL = "sudo apt-get install chromium chromium-driver";

    private Chromium() {
    }

    static boolean installed(Path binary, Path driver) {
        return Files.isExecutable(binary) && Files.isExecutable(driver);
    }

    /** Returns when both are installed; otherwise skips the current test, or fails it when {@code ci}. */
    static void require(Path binary, Path driver, boolean ci) {
        if (installed(binary, driver)) {
            return;
        }
        String missing = binary + " or " + driver + " is missing";
        if (ci) {
            fail("CI=true but " + missing + ": .ci/run must install the Debian packages chromium and chromium-driver");
        }
        Assumptions.abort("browser test skipped: " + missing + "; to run it: " + INSTALL
                + ", then mvn -B -ntp -pl reports -am verify -Dtest=BrowserTests -Dsurefire.failIfNoSpecifiedTests=false");
    }

    static boolean underCi() {
        return "true".equals(System.getenv("CI"));
    }
}
