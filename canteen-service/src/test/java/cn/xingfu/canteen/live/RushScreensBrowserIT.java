package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.PageChecks;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The kitchen display and the pickup board at the dinner rush, on a 1920x1080 screen in headless Chromium: 100 open
 * orders (82 of them ready to collect, a few overdue). The kitchen grid fits the screen without scrolling, oldest and
 * overdue first, in words as well as colour; a mistaken "ready" and a mistaken hand-over are recalled; every ready
 * number is on the board, the newest highlighted and called. Screenshots go to docs/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RushScreensBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int OPEN = 100;
    private static final int READY = 82;
    private static final int LATE = 4;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1920, 1080);

    private WebDriver browser;
    private LiveWorld world;
    private final List<OrderView> orders = new ArrayList<>();

    @BeforeAll
    void rush() {
        world = LiveWorld.create(context, port);
        world.topUp("2000.00");
        browser = chromium.driver();
        for (int i = 0; i < OPEN; i++) {
            orders.add(world.placeInProcess(i % 3 == 0 ? Channel.TAKEAWAY : Channel.DINE_IN));
        }
        for (int i = 0; i < OPEN; i++) {
            if (i >= OPEN - READY || i % 2 == 0) {
                world.advanceInProcess(orders.get(i).orderId(), OrderStatus.PREPARING);
            }
            if (i >= OPEN - READY) {
                world.advanceInProcess(orders.get(i).orderId(), OrderStatus.READY);
            }
        }
        // the last few still cooking were placed half an hour ago: overdue, and the oldest
        Instant early = Instant.now().minus(Duration.ofMinutes(31));
        for (int i = 0; i < LATE; i++) {
            jdbc.update(
                    "UPDATE meal_order SET placed_at = ? WHERE id = ?",
                    Timestamp.from(early.plusSeconds(i)),
                    orders.get(OPEN - READY - 1 - i).orderId());
        }
    }

    @Test
    void theKitchenGridAtOneHundredOrdersFitsTheScreenAndRecallsMistakes() throws IOException {
        browser.get("http://localhost:" + port + "/kitchen.html?canteenId=" + world.canteenA());
        if (browser.getCurrentUrl().contains("/login")) {
            chromium.signIn(world.staffA().username(), world.staffA().password());
        }
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.order"), OPEN));

        assertThat(PageChecks.scrolls(browser)).as("the kitchen page scrolls").isFalse();
        assertThat(browser.findElement(By.id("pager")).isDisplayed()).isFalse();
        List<WebElement> tickets = browser.findElements(By.cssSelector("article.order"));
        assertThat(outsideTheWindow("article.order"))
                .as("tickets outside the window")
                .isZero();
        assertThat(outsideTheWindow("article.order button.advance"))
                .as("buttons outside the window")
                .isZero();
        // oldest first: the overdue ones lead, marked in words as well as colour
        for (int i = 0; i < LATE; i++) {
            assertThat(tickets.get(i).getAttribute("data-late")).isEqualTo("red");
            assertThat(tickets.get(i).getText()).contains("已超时");
        }
        assertThat(browser.findElement(By.cssSelector("[data-count=late]")).getText())
                .contains(String.valueOf(LATE));
        assertThat(browser.findElement(By.cssSelector("[data-count=ready]")).getText())
                .contains(String.valueOf(READY));
        assertThat(PageChecks.lowContrastButtons(browser, 4.5))
                .as("buttons below 4.5:1")
                .isEmpty();
        assertThat(PageChecks.contrast(browser, "article.order .late-words, .flag, .badge").stream()
                        .filter(c -> ((Number) c.get("ratio")).doubleValue() < 4.5))
                .as("words below 4.5:1")
                .isEmpty();
        chromium.screenshot("kitchen-rush-100.png");

        // "ready" tapped by mistake on a cooking ticket, recalled from the recall panel
        OrderView cooking = orders.get(2);
        By card = ticket(cooking.orderId());
        tap(card, "READY");
        waitUntil(ExpectedConditions.attributeToBe(card, "data-status", "READY"));
        browser.findElement(By.id("recall-open")).click();
        By recallItem = By.cssSelector("#recall-list li[data-order-id='" + cooking.orderId() + "'] button");
        WebElement recall = waitUntil(ExpectedConditions.elementToBeClickable(recallItem));
        assertThat(recall.getText()).isEqualTo("撤回到「制作中」");
        assertThat(PageChecks.lowContrastButtons(browser, 4.5))
                .as("recall panel buttons")
                .isEmpty();
        recall.click();
        waitUntil(ExpectedConditions.attributeToBe(card, "data-status", "PREPARING"));
        assertThat(statusOf(cooking.orderId())).isEqualTo("PREPARING");
        browser.findElement(By.id("recall-close")).click();

        // a hand-over tapped by mistake: the ticket leaves the grid, the recall brings it back as ready
        OrderView ready = orders.get(OPEN - 1);
        By readyCard = ticket(ready.orderId());
        String handOver = ready.channel() == Channel.TAKEAWAY ? "PICKED_UP" : "SERVED";
        tap(readyCard, handOver);
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(readyCard));
        browser.findElement(By.id("recall-open")).click();
        By recallReady = By.cssSelector("#recall-list li[data-order-id='" + ready.orderId() + "'] button");
        waitUntil(ExpectedConditions.elementToBeClickable(recallReady)).click();
        waitUntil(ExpectedConditions.attributeToBe(readyCard, "data-status", "READY"));
        assertThat(statusOf(ready.orderId())).isEqualTo("READY");
        browser.findElement(By.id("recall-close")).click();

        // English mode: the dishes in English too
        browser.findElement(By.id("lang")).click();
        assertThat(browser.findElement(By.id("title")).getText()).startsWith("Kitchen display");
        assertThat(browser.findElement(card).getText())
                .contains("Steamed perch")
                .doesNotContain(world.dishName());
        assertThat(browser.findElement(By.id("totals")).getText()).contains("Steamed perch");
        browser.findElement(By.id("lang")).click();

        // more orders than the densest grid holds: pages, still without scrolling
        for (int i = 0; i < 60; i++) {
            world.placeInProcess(Channel.DELIVERY);
        }
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("pager")));
        assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("第 1 / 2 页");
        assertThat(PageChecks.scrolls(browser))
                .as("the paged kitchen page scrolls")
                .isFalse();
        assertThat(outsideTheWindow("article.order")).isZero();
        browser.findElement(By.id("page-next")).click();
        assertThat(browser.findElement(By.id("page-info")).getText()).isEqualTo("第 2 / 2 页");
    }

    @Test
    void theBoardShowsEveryReadyNumberAndCallsTheNewestOne() throws IOException {
        browser.get("http://localhost:" + port + "/board.html?canteenId=" + world.canteenA());
        if (browser.getCurrentUrl().contains("/login")) {
            chromium.signIn(world.staffA().username(), world.staffA().password());
        }
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        int ready = readyOnBoard();
        waitUntil(d -> d.findElements(By.cssSelector("#ready .number")).size() == ready);
        assertThat(ready).isGreaterThanOrEqualTo(READY - 1);
        assertThat(browser.findElement(By.id("ready")).getAttribute("data-pages"))
                .isEqualTo("1");
        assertThat(outsideTheWindow("#ready .number"))
                .as("ready numbers outside the window")
                .isZero();
        assertThat(hiddenInTheirList("#ready"))
                .as("ready numbers cut off by their column")
                .isZero();
        assertThat(hiddenInTheirList("#preparing"))
                .as("preparing numbers cut off")
                .isZero();
        assertThat(PageChecks.scrolls(browser)).isFalse();
        double size = Double.parseDouble(browser.findElement(By.cssSelector("#ready .number"))
                .getCssValue("font-size")
                .replace("px", ""));
        assertThat(size).as("ready numbers still readable across the room").isGreaterThanOrEqualTo(44);
        assertThat(PageChecks.lowContrastButtons(browser, 4.5)).isEmpty();

        // staff tap once to allow sound; then a number made ready in the kitchen is highlighted and called
        browser.findElement(By.id("sound")).click();
        OrderView next = orders.stream()
                .filter(o -> "PREPARING".equals(statusOf(o.orderId())))
                .findFirst()
                .orElseThrow();
        world.advanceInProcess(next.orderId(), OrderStatus.READY);
        By number = By.cssSelector("#ready .number[data-order-id='" + next.orderId() + "']");
        waitUntil(ExpectedConditions.attributeContains(number, "class", "newest"));
        Map<String, Object> call = lastCall();
        assertThat(call.get("orderNumber")).isEqualTo(next.orderNumber());
        assertThat(call.get("text")).isEqualTo("请 " + spoken(next.orderNumber()) + " 号取餐");
        assertThat(call.get("announce")).isEqualTo(true);
        assertThat(call.get("chime")).isEqualTo(true);
        assertThat(((Number) call.get("repeat")).intValue()).isEqualTo(2);
        assertThat(browser.findElement(By.id("call-number")).getText()).isEqualTo(next.orderNumber());
        assertThat(hiddenInTheirList("#ready"))
                .as("ready numbers cut off with the call banner shown")
                .isZero();
        chromium.screenshot("pickup-board-rush.png");

        // the manager turns the calls off for this canteen: the board still highlights, silently
        world.rest(world.managerA())
                .put()
                .uri("/api/canteens/{id}/board-calls", world.canteenA())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"announce\":false,\"voice\":\"\",\"repeat\":1}")
                .retrieve()
                .toBodilessEntity();
        browser.navigate().refresh();
        waitUntil(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        browser.findElement(By.id("sound")).click();
        OrderView another = orders.stream()
                .filter(o -> "PREPARING".equals(statusOf(o.orderId())))
                .findFirst()
                .orElseThrow();
        world.advanceInProcess(another.orderId(), OrderStatus.READY);
        waitUntil(d -> another.orderNumber().equals(lastCall().get("orderNumber")));
        assertThat(lastCall().get("announce")).isEqualTo(false);
        assertThat(lastCall().get("chime")).isEqualTo(false);
    }

    private static String spoken(String number) {
        String digits = "零一二三四五六七八九";
        StringBuilder out = new StringBuilder();
        for (char c : number.toCharArray()) {
            out.append(Character.isDigit(c) ? digits.charAt(c - '0') : c);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastCall() {
        return (Map<String, Object>) PageChecks.run(
                browser, "return window.boardCalls.length ? window.boardCalls[window.boardCalls.length - 1] : {};");
    }

    private int readyOnBoard() {
        Integer count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM meal_order WHERE canteen_id = ? AND status = 'READY' AND channel <> 'DELIVERY'",
                Integer.class,
                world.canteenA());
        return count == null ? 0 : count;
    }

    private String statusOf(long orderId) {
        return jdbc.queryForObject("SELECT status FROM meal_order WHERE id = ?", String.class, orderId);
    }

    private long outsideTheWindow(String selector) {
        return ((Number) PageChecks.run(
                        browser,
                        "return Array.prototype.filter.call(document.querySelectorAll(arguments[0]), function (n) {"
                                + " var r = n.getBoundingClientRect();"
                                + " return r.top < 0 || r.left < 0 || r.bottom > innerHeight || r.right > innerWidth;"
                                + "}).length;",
                        selector))
                .longValue();
    }

    /** Items of a list drawn outside the list's own box (clipped by its overflow). */
    private long hiddenInTheirList(String list) {
        return ((Number) PageChecks.run(
                        browser,
                        "var box = document.querySelector(arguments[0]).getBoundingClientRect();"
                                + "return Array.prototype.filter.call(document.querySelectorAll(arguments[0] + ' li'),"
                                + " function (n) { var r = n.getBoundingClientRect();"
                                + " return r.bottom > box.bottom + 1 || r.right > box.right + 1; }).length;",
                        list))
                .longValue();
    }

    private static By ticket(long orderId) {
        return By.cssSelector("article.order[data-order-id='" + orderId + "']");
    }

    /** Taps the ticket's button, finding it afresh if a push redraws the ticket in between. */
    private void tap(By card, String to) {
        waitUntil(driver -> {
            WebElement button = driver.findElement(card).findElement(By.cssSelector("button.advance"));
            assertThat(button.getAttribute("data-to")).isEqualTo(to);
            button.click();
            return true;
        });
    }

    private <T> T waitUntil(java.util.function.Function<WebDriver, T> condition) {
        return chromium.waitUpTo(WAIT).until(condition);
    }
}
