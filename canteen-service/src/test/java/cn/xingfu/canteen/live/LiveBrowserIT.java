package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.HeadlessChromium;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The kitchen display and the pickup board in real headless Chromium: an order placed through the API
 * appears on the display, is advanced there by tapping, and shows as ready on the board, all without a
 * page reload. Saves the screenshots under docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1366, 900);

    private WebDriver browser;
    private LiveWorld world;

    @BeforeAll
    void startBrowser() throws IOException {
        world = LiveWorld.create(context, port);
        browser = chromium.driver();
    }

    @Test
    void anOrderPlacedOverTheApiIsAdvancedOnTheKitchenDisplayAndCalledOnTheBoard() throws IOException {
        String base = "http://localhost:" + port;
        browser.get(base + "/kitchen.html?canteenId=" + world.canteenA());
        signInIfAsked(world.staffA());
        String kitchenTab = browser.getWindowHandle();
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        assertThat(browser.findElement(By.id("title")).getText()).contains("厨房看板");

        browser.switchTo().newWindow(WindowType.TAB);
        browser.get(base + "/board.html?canteenId=" + world.canteenA());
        String boardTab = browser.getWindowHandle();
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));

        // placed through the API while both pages are open: they must update without reloading
        JsonNode order = world.placeStaffOrder(world.staffA(), Channel.TAKEAWAY);
        world.placeStaffOrder(world.staffA(), Channel.DINE_IN);
        world.placeStaffOrder(world.staffA(), Channel.DELIVERY);
        String number = order.get("orderNumber").asString();
        By card = By.cssSelector(
                "article.order[data-order-id='" + order.get("orderId").asLong() + "']");

        browser.switchTo().window(kitchenTab);
        waitUntil(ExpectedConditions.visibilityOfElementLocated(card));
        // all three orders are in once the dish total says so; no push redraws the page after this
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("totals"), world.dishName() + " ×3"));
        WebElement placed = browser.findElement(card);
        assertThat(placed.getAttribute("data-status")).isEqualTo("PLACED");
        assertThat(placed.getText())
                .contains(number)
                .contains(world.dishName())
                .contains("×1")
                .contains("自取")
                .contains("软食")
                .contains("过敏：花生");
        assertThat(browser.findElements(By.cssSelector("article.order.channel-delivery")))
                .singleElement()
                .satisfies(delivery -> assertThat(delivery.getText()).contains("送餐"));
        screenshot("kitchen-display.png");

        tap(card);
        waitUntil(ExpectedConditions.attributeToBe(card, "data-status", "PREPARING"));
        assertThat(browser.findElement(By.id("message")).isDisplayed())
                .as("no error shown")
                .isFalse();

        browser.switchTo().window(boardTab);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("preparing"), number));

        browser.switchTo().window(kitchenTab);
        tap(card);
        waitUntil(ExpectedConditions.attributeToBe(card, "data-status", "READY"));

        browser.switchTo().window(boardTab);
        WebElement ready = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#ready .number[data-order-id='" + order.get("orderId").asLong() + "']")));
        assertThat(ready.getText()).isEqualTo(number);
        assertThat(browser.findElement(By.id("preparing")).getText()).doesNotContain(number);
        assertThat(Double.parseDouble(ready.getCssValue("font-size").replace("px", "")))
                .isGreaterThanOrEqualTo(96);
        assertThat(browser.getPageSource()).doesNotContain(world.seniorName().substring(0, 1) + "*");
        screenshot("pickup-board.png");

        // handed over at the counter: gone from the display, and from the board
        browser.switchTo().window(kitchenTab);
        tap(card);
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(card));
        browser.switchTo().window(boardTab);
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(
                "#ready .number[data-order-id='" + order.get("orderId").asLong() + "']")));
    }

    @Test
    void theKitchenDisplaySwitchesToEnglish() {
        browser.get("http://localhost:" + port + "/kitchen.html?canteenId=" + world.canteenA());
        signInIfAsked(world.staffA());
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        browser.findElement(By.id("lang")).click();
        assertThat(browser.findElement(By.id("title")).getText()).startsWith("Kitchen display");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Live");
        browser.findElement(By.id("lang")).click();
        assertThat(browser.findElement(By.id("title")).getText()).startsWith("厨房看板");
    }

    /** Taps the order's button, finding it afresh if a push redraws the card in between. */
    private void tap(By card) {
        waitUntil(driver -> {
            driver.findElement(card)
                    .findElement(By.cssSelector("button.advance"))
                    .click();
            return true;
        });
    }

    private void signIn(LiveWorld.Login login) {
        if (browser.findElements(By.id("username")).isEmpty()) {
            throw new AssertionError("no sign-in form at " + browser.getCurrentUrl() + ":\n" + browser.getPageSource());
        }
        browser.findElement(By.id("username")).sendKeys(login.username());
        browser.findElement(By.id("password")).sendKeys(login.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waitUntil(ExpectedConditions.urlContains(".html"));
    }

    private void signInIfAsked(LiveWorld.Login login) {
        if (browser.getCurrentUrl().contains("/login")) {
            signIn(login);
        }
    }

    private <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        // the pages redraw on every push, so an element found a moment ago may already be replaced
        return new WebDriverWait(browser, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private void screenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
