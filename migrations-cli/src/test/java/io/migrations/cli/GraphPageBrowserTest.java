package io.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.migrations.testbrowser.Browser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;

/**
 * {@code migrations graph -o graph.html} opened from disk in headless Chromium with the network switched off: the
 * page draws every revision and edge, searches, shows details on click and moves with the keyboard. Each test saves
 * a screenshot under {@code target/browser-screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphPageBrowserTest {

    @TempDir
    static Path dir;

    private Browser browser;
    private String page;

    @BeforeAll
    void writePageAndStartBrowser() {
        TestRevision.writeBranchedGraph(dir);
        Path file = dir.resolve("graph.html");
        CliRun run = InProcessCli.of(dir).run("graph", "-o", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        page = file.toUri().toString();

        browser = Browser.start();
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        browser.chrome().setNetworkConditions(offline);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open() {
        browser.driver().get(page);
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("g.mg-node")).size() == 5);
    }

    @Test
    void drawsEveryRevisionAndEdgeOfflineWithoutLoadingAnything(TestInfo test) {
        open();

        assertThat(browser.driver().findElements(By.cssSelector("g.mg-node")))
                .extracting(node -> node.getAttribute("data-id"))
                .containsExactlyInAnyOrder("aaa111", "bbb222", "ccc333", "ddd444", "eee555");
        assertThat(browser.driver().findElements(By.cssSelector("path.mg-edge")))
                .extracting(edge -> edge.getAttribute("data-from") + ">" + edge.getAttribute("data-to") + " "
                        + edge.getAttribute("class"))
                .containsExactlyInAnyOrder("aaa111>bbb222 mg-edge down_revision", "aaa111>ccc333 mg-edge down_revision",
                        "bbb222>ddd444 mg-edge down_revision", "ccc333>ddd444 mg-edge down_revision",
                        "bbb222>eee555 mg-edge depends_on");
        assertThat(node("ddd444").getText()).contains("Merge").containsIgnoringCase("head").containsIgnoringCase("merge");
        assertThat(browser.script("return window.getComputedStyle(arguments[0]).strokeDasharray",
                browser.driver().findElement(By.cssSelector("path.mg-edge.depends_on")))).isNotEqualTo("none");
        assertThat((List<?>) browser.script("return performance.getEntriesByType('resource').map(e => e.name)"))
                .as("resources fetched by the page").isEmpty();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    }

    @Test
    void searchFindsRevisionsByIdOrMessage(TestInfo test) {
        open();
        WebElement search = browser.driver().findElement(By.cssSelector("input.mg-search"));

        search.sendKeys("orders");
        assertThat(matches()).containsExactly("ccc333");
        assertThat(browser.driver().findElement(By.cssSelector(".mg-count")).getText()).isEqualTo("1 match");
        search.clear();
        search.sendKeys("222");
        assertThat(matches()).containsExactly("bbb222");
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        search.sendKeys(Keys.ESCAPE);
        assertThat(matches()).isEmpty();
    }

    @Test
    void clickingARevisionShowsItsDetails(TestInfo test) {
        open();

        node("ddd444").click();
        WebElement details = browser.waitUntil(driver -> {
            WebElement panel = driver.findElement(By.cssSelector(".mg-details"));
            return panel.isDisplayed() ? panel : null;
        });
        assertThat(details.findElement(By.cssSelector("h2")).getText()).isEqualTo("ddd444");
        assertThat(details.getText()).contains("Merge", "Parents", "bbb222", "ccc333", "head, merge");
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());

        details.findElement(By.cssSelector("button.mg-link[data-id='ccc333']")).click();
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".mg-details h2")).getText().equals("ccc333"));
        assertThat(browser.driver().findElement(By.cssSelector(".mg-details")).getText()).contains("orders");
    }

    @Test
    void theKeyboardWalksTheGraphAndOpensDetails(TestInfo test) {
        open();
        browser.driver().findElement(By.cssSelector("input.mg-search")).click();

        // Tab leaves the search box for the buttons, then enters the graph at the newest revision.
        WebElement focused = tabUntilNode();
        String start = focused.getAttribute("data-id");
        assertThat(start).isIn("ddd444", "eee555");
        focused.sendKeys(Keys.ARROW_DOWN);
        String older = active().getAttribute("data-id");
        assertThat(older).as("down goes to a parent of " + start).isIn("bbb222", "ccc333");
        active().sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> driver.findElement(By.cssSelector(".mg-details")).isDisplayed());
        assertThat(browser.driver().findElement(By.cssSelector(".mg-details h2")).getText()).isEqualTo(older);
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());

        active().sendKeys(Keys.ESCAPE);
        browser.waitUntil(driver -> !driver.findElement(By.cssSelector(".mg-details")).isDisplayed());
        assertThat(active().getAttribute("data-id")).as("focus returns to the revision").isEqualTo(older);
        active().sendKeys(Keys.ARROW_DOWN);
        assertThat(active().getAttribute("data-id")).isEqualTo("aaa111");
    }

    @Test
    void dragPansAndTheButtonsAndWheelZoom(TestInfo test) {
        open();
        WebElement scene = browser.driver().findElement(By.cssSelector("g.mg-scene"));
        WebElement viewport = browser.driver().findElement(By.cssSelector(".mg-viewport"));
        double[] before = transform(scene);

        new Actions(browser.driver()).moveToElement(viewport, -300, -200).clickAndHold().moveByOffset(120, 80)
                .release().perform();
        double[] panned = transform(scene);
        assertThat(panned[0] - before[0]).isCloseTo(120, org.assertj.core.data.Offset.offset(2.0));
        assertThat(panned[1] - before[1]).isCloseTo(80, org.assertj.core.data.Offset.offset(2.0));
        assertThat(browser.driver().findElement(By.cssSelector(".mg-details")).isDisplayed())
                .as("a drag is not a click").isFalse();

        browser.driver().findElement(By.cssSelector("button.mg-zoom-in")).click();
        assertThat(transform(scene)[2]).isGreaterThan(panned[2]);
        new Actions(browser.driver()).scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(viewport), 0, 300).perform();
        assertThat(transform(scene)[2]).isLessThan(panned[2] * 1.25);
        browser.driver().findElement(By.cssSelector("button.mg-fit")).click();
        assertThat(transform(scene)).isEqualTo(before);
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    }

    /** {x, y, scale} of the scene's transform. */
    private static double[] transform(WebElement scene) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "translate\\(([-0-9.e]+),([-0-9.e]+)\\) scale\\(([-0-9.e]+)\\)").matcher(scene.getAttribute("transform"));
        assertThat(m.matches()).as(scene.getAttribute("transform")).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))};
    }

    @Test
    void twoThousandRevisionsStayUsable(@TempDir Path large, TestInfo test) {
        // A main line with a fork of two branches every 100 revisions, merged 10 revisions later.
        String previous = null;
        for (int i = 0; i < 2000; i++) {
            String id = String.format("r%05d", i);
            if (i % 100 == 50 && previous != null) {
                String left = previous;
                String right = String.format("s%05d", i);
                TestRevision.of(right, String.format("r%05d", i - 10)).message("side branch " + i).writeSql(large);
                TestRevision.of(id, left, right).message("merge " + i).writeSql(large);
            } else {
                (previous == null ? TestRevision.of(id) : TestRevision.of(id, previous)).message("change " + i)
                        .writeSql(large);
            }
            previous = id;
        }
        Path file = large.resolve("large.html");
        assertThat(InProcessCli.of(large).run("graph", "-o", file.toString()).exitCode()).isZero();

        browser.driver().get(file.toUri().toString());
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("g.mg-node")).size() == 2020);
        WebElement newest = node("r01999");
        assertThat(inView(newest)).as("the page opens on the newest revisions").isTrue();
        WebElement search = browser.driver().findElement(By.cssSelector("input.mg-search"));
        search.sendKeys("r00007");
        search.sendKeys(Keys.ENTER);
        assertThat(inView(node("r00007"))).as("Enter brings the match into view").isTrue();
        assertThat(inView(newest)).isFalse();
        browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
    }

    private boolean inView(WebElement node) {
        return (Boolean) browser.script("var r = arguments[0].getBoundingClientRect();"
                + "var v = document.querySelector('.mg-viewport').getBoundingClientRect();"
                + "return r.left >= v.left && r.right <= v.right && r.top >= v.top && r.bottom <= v.bottom;", node);
    }

    private WebElement tabUntilNode() {
        for (int i = 0; i < 10; i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement active = active();
            if ("mg-node".equals(active.getDomAttribute("class") == null ? "" : active.getDomAttribute("class").split(" ")[0])) {
                return active;
            }
        }
        throw new AssertionError("Tab never reached a revision");
    }

    private WebElement active() {
        return browser.driver().switchTo().activeElement();
    }

    private WebElement node(String id) {
        return browser.driver().findElement(By.cssSelector("g.mg-node[data-id='" + id + "']"));
    }

    private List<String> matches() {
        return browser.driver().findElements(By.cssSelector("g.mg-node.mg-match")).stream()
                .map(node -> node.getAttribute("data-id")).toList();
    }
}
