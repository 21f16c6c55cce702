package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser tests with the install command, and fails them under CI. */
class ChromiumTests {

    private static final Path ABSENT = Path.of("/nonexistent/chromium");
    private static final Path PRESENT = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void outsideCiAMissingBrowserIsAVisibleSkipThatSaysHowToInstall() {
        TestAbortedException skip = assertThrows(TestAbortedException.class,
                () -> Chromium.require(ABSENT, PRESENT, false));

        assertTrue(skip.getMessage().contains(Chromium.INSTALL), skip.getMessage());
        assertTrue(skip.getMessage().contains(ABSENT.toString()), skip.getMessage());
    }

    @Test
    void underCiAMissingBrowserIsAFailure() {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Chromium.require(PRESENT, ABSENT, true));

        assertTrue(failure.getMessage().contains("CI=true"), failure.getMessage());
    }

    @Test
    void anInstalledBrowserLetsTheTestRun() {
        assertDoesNotThrow(() -> Chromium.require(PRESENT, PRESENT, true));
    }
}
