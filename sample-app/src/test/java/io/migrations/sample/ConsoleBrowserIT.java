package io.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.api.Revision;
import io.migrations.internal.graph.RevisionGraph;
import io.migrations.testbrowser.Browser;
import io.migrations.testdb.TestDatabase;
import io.migrations.testdb.TestServers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The sample app's console at {@code /migrations} in headless Chromium, as a new user meets it: the branched graph
 * with its merge, the current revision, the history; a pending revision from a {@code filesystem:} location with its
 * lint finding; a failed run; drift. Every test saves a screenshot under {@code target/browser-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserIT {

    private TestDatabase database;
    private SampleProcess app;
    private int port;
    private Browser browser;

    @BeforeAll
    void startAppAndBrowser() {
        database = TestServers.find().createDatabase("SampleConsoleIT");
        port = SampleProcess.freePort();
        app = SampleProcess.jar("console", Map.of("DATABASE_URL", PostgresUrls.databaseUrl(database)),
                "--server.port=" + port);
        app.awaitReady(port);
        browser = Browser.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theGraphShowsExactlyTheSampleRevisionsAndEdgesWithTheCurrentOneMarked(TestInfo test) {
        open(port);

        RevisionGraph graph = AppRevisions.graph();
        assertThat(attributes("g.mg-node", "data-id")).containsExactlyInAnyOrderElementsOf(AppRevisions.ids());
        assertThat(edges()).containsExactlyInAnyOrderElementsOf(expectedEdges(graph));
        assertThat(banner().getAttribute("data-status")).isEqualTo("UP_TO_DATE");
        assertThat(banner().getText()).containsIgnoringCase("up to date").contains(AppRevisions.HEAD);

        WebElement head = node(AppRevisions.HEAD);
        assertThat(classes(head)).contains("current", "applied", "head", "merge");
        assertThat(attributes("g.mg-node.current", "data-id")).containsExactly(AppRevisions.HEAD);
        assertThat(text(head)).containsIgnoringCase("current").containsIgnoringCase("merge");
        assertThat(classes(node("03dacfff8ecd"))).contains("branchpoint");
        assertThat(attributes("g.mg-node.applied", "data-id")).hasSize(AppRevisions.ids().size());
        assertThat(history()).hasSize(AppRevisions.ids().size());
        screenshot(test);
    }

    @Test
    void colourIsNeverTheOnlyMarkerOfState(TestInfo test) {
        open(port);
        WebElement head = node(AppRevisions.HEAD);
        WebElement other = node("03dacfff8ecd");

        // The current revision: the word on its box and a thicker border, besides its colour.
        assertThat(text(head.findElement(By.cssSelector(".mg-tags")))).containsIgnoringCase("current");
        assertThat(strokeWidth(head)).isGreaterThan(strokeWidth(other));
        // Every applied revision says so in words; the banner says its state in words, with a glyph.
        assertThat(browser.driver().findElements(By.cssSelector("g.mg-node"))).allSatisfy(node ->
                assertThat(text(node.findElement(By.cssSelector(".mg-tags")))).containsIgnoringCase("applied"));
        assertThat(banner().findElement(By.tagName("strong")).getText()).isEqualToIgnoringCase("Up to date");
        assertThat(browser.driver().findElements(By.cssSelector(".mc-outcome"))).allSatisfy(cell ->
                assertThat(text(cell)).isEqualTo("succeeded"));
        screenshot(test);
    }

    @Test
    void clickingARevisionOpensItsDetailsWithItsHistory(TestInfo test) {
        open(port);

        node("03dacfff8ecd").click();
        WebElement details = browser.waitUntil(driver -> {
            WebElement panel = driver.findElement(By.cssSelector(".mg-details"));
            return panel.isDisplayed() ? panel : null;
        });
        assertThat(details.findElement(By.tagName("h2")).getText()).isEqualTo("03dacfff8ecd");
        assertThat(details.getText()).contains("Index logs by workspace and time, concurrently", "branch point",
                "9ab4b1a233d3", "eec0ecf1332c", "UPGRADE succeeded");
        screenshot(test);
    }

    @Test
    void theKeyboardMovesThroughTheGraphAndOpensDetails(TestInfo test) {
        open(port);
        WebElement start = browser.driver().findElement(By.cssSelector("g.mg-node[tabindex='0']"));
        assertThat(start.getAttribute("data-id")).as("Tab enters the graph at the head").isEqualTo(AppRevisions.HEAD);

        browser.script("arguments[0].focus()", start);
        active().sendKeys(Keys.ARROW_DOWN);
        String parent = active().getAttribute("data-id");
        assertThat(parent).isIn("5f0ce56c2b01", "595783df8560");
        active().sendKeys(Keys.ARROW_LEFT);
        active().sendKeys(Keys.ARROW_RIGHT);
        assertThat(active().getAttribute("data-id")).isIn("5f0ce56c2b01", "595783df8560");
        active().sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".mg-details")).isDisplayed());
        assertThat(browser.driver().findElement(By.cssSelector(".mg-details h2")).getText())
                .isEqualTo(active().getAttribute("data-id"));
        screenshot(test);
        active().sendKeys(Keys.ESCAPE);
        browser.waitUntil(driver -> !driver.findElement(By.cssSelector(".mg-details")).isDisplayed());
        active().sendKeys(Keys.ARROW_UP);
        assertThat(active().getAttribute("data-id")).isEqualTo(AppRevisions.HEAD);
    }

    @Test
    void theHistoryFilters(TestInfo test) {
        open(port);

        WebElement filter = browser.driver().findElement(By.cssSelector(".mc-filter-text"));
        filter.sendKeys("workspace");
        assertThat(visibleHistory()).isNotEmpty().allSatisfy(row -> assertThat(text(row)).containsIgnoringCase("workspace"));
        assertThat(visibleHistory().size()).isLessThan(AppRevisions.ids().size());
        filter.clear();
        filter.sendKeys(" ");
        new Select(browser.driver().findElement(By.cssSelector(".mc-filter-outcome"))).selectByValue("failed");
        assertThat(visibleHistory()).isEmpty();
        assertThat(browser.driver().findElement(By.cssSelector(".mc-shown")).getText())
                .isEqualTo("0 of " + AppRevisions.ids().size() + " shown");
        screenshot(test);
    }

    @Test
    void aPendingRevisionFromAFilesystemLocationShowsAsPendingWithItsLintFinding(@TempDir Path extra, TestInfo test)
            throws Exception {
        String locations = PendingRevision.writeTo(extra);
        int otherPort = SampleProcess.freePort();
        try (TestDatabase other = TestServers.find().createDatabase("SampleConsolePendingIT")) {
            Map<String, String> environment = Map.of("DATABASE_URL", PostgresUrls.databaseUrl(other));
            // The app's own revisions are applied by the pre-deploy step; the extra one arrives with the next build,
            // which starts without migrating, so it stays pending.
            try (SampleProcess migrate = SampleProcess.jar("console-pending-migrate", environment,
                    "--spring.profiles.active=migrate")) {
                assertThat(migrate.awaitExit()).as(migrate.output()).isZero();
            }
            try (SampleProcess pending = SampleProcess.jar("console-pending", environment, "--server.port=" + otherPort,
                    "--migrations.locations=" + locations, "--migrations.mode=none")) {
                pending.awaitOk(otherPort, "/migrations");
                open(otherPort);

                assertThat(banner().getAttribute("data-status")).isEqualTo("PENDING");
                assertThat(banner().getText()).contains(PendingRevision.ID);
                WebElement node = node(PendingRevision.ID);
                assertThat(classes(node)).contains("pending", "head").doesNotContain("applied", "current");
                assertThat(text(node)).containsIgnoringCase("pending");
                assertThat(browser.script("return getComputedStyle(arguments[0]).strokeDasharray",
                        node.findElement(By.cssSelector(".mg-box")))).as("a pending box is dashed").isNotEqualTo("none");
                assertThat(classes(node(AppRevisions.HEAD))).contains("current", "applied").doesNotContain("head");
                WebElement listed = browser.driver().findElement(By.cssSelector(".mc-pending li[data-id='" + PendingRevision.ID + "']"));
                assertThat(listed.findElement(By.cssSelector(".mc-finding")).getAttribute("data-rule")).isEqualTo(PendingRevision.RULE);
                assertThat(listed.getText()).contains("ix_logs_model").containsIgnoringCase("warning");

                node.click();
                browser.waitUntil(driver -> driver.findElement(By.cssSelector(".mg-details")).isDisplayed());
                assertThat(browser.driver().findElement(By.cssSelector(".mg-details")).getText())
                        .contains(PendingRevision.ID, "Lint", PendingRevision.RULE);
                screenshot(test);
            }
        }
    }

    @Test
    void aFailedRunShowsTheFailedBannerAndDriftItsSection(@TempDir Path extra, TestInfo test) throws Exception {
        String locations = BrokenRevision.writeTo(extra);
        try (TestDatabase other = TestServers.find().createDatabase("SampleConsoleFailedIT")) {
            Map<String, String> environment = Map.of("DATABASE_URL", PostgresUrls.databaseUrl(other));
            try (SampleProcess failing = SampleProcess.jar("console-failing", environment,
                    "--server.port=" + SampleProcess.freePort(), "--migrations.locations=" + locations)) {
                assertThat(failing.awaitExit()).as(failing.output()).isNotZero();
            }
            // A change made by hand, which no revision knows.
            other.execute("ALTER TABLE users ADD COLUMN nickname text");
            int otherPort = SampleProcess.freePort();
            try (SampleProcess afterwards = SampleProcess.jar("console-failed", environment,
                    "--server.port=" + otherPort, "--migrations.locations=" + locations, "--migrations.mode=none",
                    "--migrations.drift.enabled=true")) {
                afterwards.awaitOk(otherPort, "/migrations");
                open(otherPort);

                assertThat(banner().getAttribute("data-status")).isEqualTo("FAILED");
                assertThat(banner().getText()).containsIgnoringCase("failed").contains(BrokenRevision.ID)
                        .contains(BrokenRevision.MISSING_TABLE);
                assertThat(classes(node(BrokenRevision.ID))).contains("pending");
                WebElement failedRow = browser.driver().findElement(By.cssSelector(
                        ".mc-history tr.failed[data-revision='" + BrokenRevision.ID + "']"));
                assertThat(failedRow.getText()).contains("failed", BrokenRevision.MISSING_TABLE);
                WebElement drift = browser.driver().findElement(By.cssSelector(".mc-drift"));
                assertThat(drift.getText()).contains("differs", "nickname");
                screenshot(test);
            }
        }
    }

    private void open(int appPort) {
        browser.driver().get("http://localhost:" + appPort + "/migrations");
        browser.waitUntil(driver -> !driver.findElements(By.cssSelector("g.mg-node")).isEmpty()
                || !driver.findElements(By.cssSelector(".mc-error")).isEmpty());
        assertThat(browser.driver().findElements(By.cssSelector(".mc-error"))).as("the console's error").isEmpty();
    }

    private static List<String> expectedEdges(RevisionGraph graph) {
        List<String> edges = new ArrayList<>();
        for (Revision revision : graph.revisions()) {
            graph.parents(revision.id()).forEach(parent -> edges.add(parent + ">" + revision.id() + " down_revision"));
            graph.dependencies(revision.id()).stream().filter(d -> !graph.parents(revision.id()).contains(d))
                    .forEach(dependency -> edges.add(dependency + ">" + revision.id() + " depends_on"));
        }
        return edges;
    }

    private List<String> edges() {
        return browser.driver().findElements(By.cssSelector("path.mg-edge")).stream()
                .map(edge -> edge.getAttribute("data-from") + ">" + edge.getAttribute("data-to") + " "
                        + edge.getAttribute("class").replace("mg-edge ", "").replace(" mg-related", ""))
                .toList();
    }

    private List<String> attributes(String selector, String attribute) {
        return browser.driver().findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute(attribute)).toList();
    }

    private WebElement node(String id) {
        return browser.driver().findElement(By.cssSelector("g.mg-node[data-id='" + id + "']"));
    }

    private WebElement banner() {
        return browser.driver().findElement(By.cssSelector(".mc-banner"));
    }

    private List<WebElement> history() {
        return browser.driver().findElements(By.cssSelector(".mc-history tbody tr"));
    }

    private List<WebElement> visibleHistory() {
        return history().stream().filter(WebElement::isDisplayed).toList();
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private double strokeWidth(WebElement node) {
        Object width = browser.script("return parseFloat(getComputedStyle(arguments[0]).strokeWidth)",
                node.findElement(By.cssSelector(".mg-box")));
        return ((Number) width).doubleValue();
    }

    /** The element's text, also where it is scrolled or panned out of view (where Selenium's getText is empty). */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent");
    }

    private static List<String> classes(WebElement element) {
        return List.of(element.getAttribute("class").split(" "));
    }

    private void screenshot(TestInfo test) {
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    }
}
