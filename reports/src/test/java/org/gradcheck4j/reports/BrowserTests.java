package org.gradcheck4j.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.gradcheck4j.CheckMode;
import org.gradcheck4j.GradCheckResult;
import org.gradcheck4j.Thresholds;
import org.gradcheck4j.Verdict;
import org.gradcheck4j.results.RecordedCheck;
import org.gradcheck4j.results.RecordedException;
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
 * Opens generated reports in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}) at 1,280 px and checks what a person sees: a run of 3,000 checks as
 * group rows, a FAIL's details opened from its row, no sideways scrolling, a clean console.
 * Without Chromium each test is reported skipped with the command that installs it, except under
 * {@code CI=true}, where it fails. Screenshots go to {@code target/browser-report/}.
 */
class BrowserTests {

    private static final Path CHROMIUM = Chromium.BINARY;
    private static final Path CHROMEDRIVER = Chromium.DRIVER;
    private static final Path OUT = Path.of("target", "browser-report");
    private static final int WIDTH = 1280;

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
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(OUT);
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
    void aRunOfThreeThousandChecksReadsAsGroupsAndAFailOpensItsDetails() throws IOException {
        List<RecordedCheck> checks = new ArrayList<>(LargeRun.of(3_000));
        checks.add(Fixtures.failing("fixture-fail", "big"));
        open("large.html", checks);
        assertEquals("3001", browser.findElement(By.tagName("body")).getAttribute("data-checks"),
                "the page's script parsed every embedded check");
        List<WebElement> groups = browser.findElements(By.cssSelector("table.groups tr.group"));
        assertEquals(LargeRun.LAYERS * LargeRun.TESTS_PER_LAYER + 1, groups.size(), "one row per layer and test");
        assertTrue(groups.get(0).isDisplayed());
        assertNoOverflow("the page");
        screenshot("large-run.png");

        WebElement denseRow = groups.stream().filter(r -> r.getText().contains("DenseTests › dense(Random)"))
                .findFirst().orElseThrow();
        denseRow.findElement(By.cssSelector("button.show-checks")).click();
        WebElement members = denseRow.findElement(By.xpath("following-sibling::tr[1]"));
        assertEquals(1, members.findElements(By.cssSelector("li.member")).size(), "the group's checks, listed on demand");
        members.findElement(By.cssSelector("a.open-detail")).click();

        WebElement detail = browser.findElement(By.id("detail-view"));
        assertTrue(detail.isDisplayed(), "the FAIL's details are shown");
        WebElement check = detail.findElement(By.cssSelector("details.check.fail"));
        assertTrue(check.getText().contains("Likely causes\nW: row 1 of W has the opposite sign"), check.getText());
        List<WebElement> cells = check.findElements(By.cssSelector("figure.heatmap rect"));
        assertEquals(12, cells.size(), "the heat map of W");
        assertEquals("#e53935", cells.get(5).getAttribute("fill"), "the wrong row is red");
        WebElement line = check.findElement(By.cssSelector("pre.source .line.hl"));
        assertTrue(line.getText().contains("dW[i][j] = -dy[i] * x[j]"), "the source panel shows the bad line");
        assertNoOverflow("the page with a FAIL's details open");
        assertConsoleClean();
        Files.copy(check.getScreenshotAs(OutputType.FILE).toPath(), OUT.resolve("fail-detail.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aMarginalCheckBelowTheResolutionIsHatchedAndErrorsShowAsText() throws IOException {
        GradCheckResult error = new GradCheckResult("com.x.Boom", "seed=1", Verdict.ERROR, Double.NaN, List.of(),
                Thresholds.DEFAULT, 1e-7, 1, 0, 1, 0, "forward threw", java.util.Optional.of(new RecordedException(
                "java.lang.IllegalStateException", "<script>alert('boom')</script>",
                "java.lang.IllegalStateException: <script>alert('boom')</script>")), List.of(), List.of(), List.of(),
                CheckMode.EXHAUSTIVE);
        List<RecordedCheck> checks = new ArrayList<>(LargeRun.of(100));
        checks.add(RecordedCheck.of("boom", "big", 1, "", "", error));
        open("small.html", checks);
        WebElement marginal = browser.findElements(By.cssSelector("div.attention.marginal")).stream()
                .filter(e -> e.getText().contains("below the measured noise")).findFirst().orElseThrow();
        marginal.findElement(By.cssSelector("a.open-detail")).click();
        WebElement check = browser.findElement(By.cssSelector("#detail-view details.check.marginal"));
        assertEquals(1, check.findElements(By.cssSelector("rect[fill='url(#unjudged)']")).size(), "hatched, not red");
        assertEquals(0, check.findElements(By.cssSelector("rect[fill='#e53935']")).size());
        assertTrue(check.findElement(By.cssSelector("rect.bar.unjudged")).isDisplayed());
        Files.copy(check.getScreenshotAs(OutputType.FILE).toPath(), OUT.resolve("marginal-detail.png"),
                StandardCopyOption.REPLACE_EXISTING);

        browser.findElements(By.cssSelector("div.attention.error a.open-detail")).stream()
                .filter(a -> a.getText().contains("seed=1")).findFirst().orElseThrow().click();
        WebElement boom = browser.findElement(By.cssSelector("#detail-view details.check.error"));
        assertTrue(boom.getText().contains("<script>alert('boom')</script>"), "the exception message shows as text");
        assertNoOverflow("the page with an error's details open");
        assertConsoleClean();
    }

    private static void open(String name, List<RecordedCheck> checks) throws IOException {
        Path page = OUT.resolve(name).toAbsolutePath();
        ReportGenerator.write(ReportGenerator.assemble(checks, List.of(Fixtures.sourceRoot()), List.of()), page);
        browser.manage().window().setSize(new Dimension(WIDTH, 1000));
        browser.get(page.toUri().toString());
        assertEquals("gradcheck4j report", browser.getTitle());
    }

    private static void assertNoOverflow(String what) {
        long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth");
        long client = (Long) browser.executeScript("return document.documentElement.clientWidth");
        assertTrue(scroll <= client, what + " scrolls sideways at " + WIDTH + " px: " + scroll + " > " + client);
    }

    private static void assertConsoleClean() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertEquals(List.of(), severe.stream().map(LogEntry::getMessage).toList(), "the console has no errors");
    }

    private static void screenshot(String name) throws IOException {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(OUT.resolve(name)) > 10_000, "a real screenshot");
        assertFalse(name.isEmpty());
    }
}
