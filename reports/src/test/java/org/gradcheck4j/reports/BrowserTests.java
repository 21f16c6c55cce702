package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import org.gradcheck4j.reports.model.CheckRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a generated report in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) and checks what a person sees. Without Chromium each test is reported
 * skipped with the command that installs it, except under {@code CI=true}, where it fails.
 */
class BrowserTests {

    private static final Path CHROMIUM = Chromium.BINARY;
    private static final Path CHROMEDRIVER = Chromium.DRIVER;
    private static final Path OUT = Path.of("target", "browser-report");

    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void openBrowser() throws IOException {
        if (!Chromium.installed(CHROMIUM, CHROMEDRIVER)) {
            return;                                   // each test then skips, or fails under CI=true
        }
        profile = Files.createTempDirectory("gradcheck4j-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1200,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @BeforeEach
    void requireChromium() {
        Chromium.require(CHROMIUM, CHROMEDRIVER, Chromium.underCi());
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aPersonSeesTheVerdictsTheHeatMapAndTheSourceAndTheConsoleIsClean() throws IOException {
        List<CheckRecord> checks = List.of(Fixtures.passing("pass-1", "run"), Fixtures.failing("fail-1", "run"),
                ResultJsonTests.scriptInMessage());
        Path page = OUT.resolve("index.html").toAbsolutePath();
        ReportGenerator.write(ReportGenerator.assemble(checks, List.of(Fixtures.sourceRoot()), List.of()), page);

        browser.get(page.toUri().toString());
        assertEquals("gradcheck4j report", browser.getTitle());
        String counts = browser.findElement(By.cssSelector("header .counts")).getText();
        assertTrue(counts.contains("FAIL 1") && counts.contains("PASS 1") && counts.contains("ERROR 1"), counts);

        WebElement failing = browser.findElement(By.cssSelector("details.check.fail"));
        assertTrue(failing.getAttribute("open") != null, "a failing check is expanded");
        List<WebElement> cells = failing.findElements(By.cssSelector("figure.heatmap rect"));
        assertEquals(12 + 3, cells.size(), "the heat maps of W and b");
        assertTrue(cells.get(4).isDisplayed() && cells.get(4).getSize().getWidth() >= 6, "cells are visible");
        assertEquals("#e53935", cells.get(5).getAttribute("fill"), "the wrong row is red");
        assertTrue(failing.findElement(By.cssSelector("svg.sweep polyline")).isDisplayed());
        assertTrue(failing.getText().contains("flat: a real bug"), failing.getText());
        assertTrue(failing.getText().contains("Likely causes\nW: row 1 of W has the opposite sign"), failing.getText());

        WebElement line = failing.findElement(By.cssSelector("pre.source .line.hl"));
        assertTrue(line.isDisplayed());
        assertTrue(line.getText().contains("dW[i][j] = -dy[i] * x[j]"), line.getText());
        assertEquals("rgba(255, 205, 210, 1)", line.getCssValue("background-color"), "the line is highlighted");

        WebElement error = browser.findElement(By.cssSelector("details.check.error"));
        assertTrue(error.getText().contains("<script>alert('boom')</script>"), "the exception message shows as text");
        assertEquals("3", browser.findElement(By.tagName("body")).getAttribute("data-checks"),
                "the page's script parsed the embedded JSON");

        browser.findElement(By.id("only-problems")).click();
        assertFalse(browser.findElement(By.cssSelector("details.check.pass")).isDisplayed(), "the filter hides passes");
        browser.findElement(By.id("only-problems")).click();

        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "the console has no errors");

        long height = (Long) browser.executeScript("return document.body.scrollHeight");
        browser.manage().window().setSize(new Dimension(1200, (int) Math.min(6000, height + 40)));
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, OUT.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(OUT.resolve("report.png")) > 10_000, "a real screenshot");
        Path check = browser.findElement(By.cssSelector("details.check.fail")).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(check, OUT.resolve("failing-check.png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
