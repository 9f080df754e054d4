package cn.xingfu.canteen.figures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.standing.StandingOrderGenerator;
import cn.xingfu.canteen.standing.StandingWorld;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.kernel.charts.ChartProbe;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The bureau's figures page in headless Chromium: a canteen's served meals counted live by channel, the care part
 * from a stand-in care-facility-service on a free port (checked for the service credentials), the uPlot charts drawn
 * on their canvases with the API's numbers in the tables below them, a canteen named with markup shown as text, the
 * CSV export, and the page still working — saying so — once care-facility stops answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DistrictFiguresBrowserIT {

    private static final String CARE_PASSWORD = "care-stub-pass";
    private static final String MARKUP = "<img src=x onerror=alert(1)>";
    /** The colours the page gives its series (charts.js's palette: dine-in or the only series, then takeaway). */
    private static final String BLUE = "#1f5fa8";

    private static final String ORANGE = "#b35900";
    private static final String[] CHANNELS = {"DINE_IN", "TAKEAWAY", "DELIVERY"};
    private static final AtomicReference<String> authorization = new AtomicReference<>();
    private static final HttpServer care = stubCare();

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1400);

    @LocalServerPort
    int port;

    @Autowired
    StandingWorld world;

    @Autowired
    StandingOrderGenerator generator;

    @Autowired
    OrderQueries orders;

    @Autowired
    OrderProgress progress;

    @DynamicPropertySource
    static void careLink(DynamicPropertyRegistry registry) {
        registry.add(
                "xingfu.care-link.base-url",
                () -> "http://127.0.0.1:" + care.getAddress().getPort());
        registry.add("xingfu.care-link.password", () -> CARE_PASSWORD);
    }

    @AfterEach
    void release() {
        world.release();
    }

    @AfterAll
    static void stopCare() {
        care.stop(0);
    }

    @Test
    void theBureauSeesLiveCanteenFiguresWithTheCarePartAndWithoutIt() throws IOException {
        StandingWorld.Canteen canteen = world.canteen(MARKUP + "食堂");
        canteen.usualLunch(StandingWorld.TUESDAY);
        for (int i = 0; i < 3; i++) {
            canteen.weekdayLunch(canteen.senior("100.00"));
        }
        generator.generate(canteen.id(), StandingWorld.TUESDAY);
        world.at(StandingWorld.TUESDAY, 11, 0);
        for (OrderView order : orders.forCanteen(
                canteen.id(), StandingWorld.TUESDAY, null, java.util.List.of(OrderStatus.PLACED), canteen.manager)) {
            for (OrderStatus step : new OrderStatus[] {OrderStatus.PREPARING, OrderStatus.READY, OrderStatus.SERVED}) {
                progress.advance(order.orderId(), step, null, canteen.manager);
            }
        }
        String admin = canteen.login(Role.DISTRICT_ADMIN);

        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/district-figures.html?month=2031-03");
        chromium.signIn(admin, StandingWorld.PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));

        String row = browser.findElement(By.cssSelector("#canteens tr[data-canteen='" + canteen.id() + "']"))
                .getText();
        assertThat(row).contains(canteen.view.name()).contains("3").contains("6.00");
        assertThat(Long.parseLong(text(browser, "[data-figure=meals] dd").replace(",", "")))
                .isGreaterThanOrEqualTo(3);
        assertThat(text(browser, "[data-figure=facilities] dd")).isEqualTo("4");
        assertThat(text(browser, "[data-figure=certification] dd"))
                .contains("92.3%")
                .contains("12/13");
        assertThat(browser.findElement(By.id("care-unavailable")).isDisplayed()).isFalse();
        assertThat(authorization.get())
                .isEqualTo("Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(("canteen-service:" + CARE_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        // the canteen's stored markup is text in the table, and nothing ran
        assertThat(row).contains(MARKUP + "食堂");
        assertThat(markupRan(browser)).isFalse();

        JsonNode figures = new Http(port)
                .get("/api/district/figures?month=2031-03", admin, StandingWorld.PASSWORD)
                .json();
        ChartProbe charts = new ChartProbe(browser);
        for (String chart : List.of("chart-months", "chart-channels", "chart-beds", "chart-stars")) {
            ChartProbe.Canvas canvas = charts.canvas(chart);
            assertThat(canvas.drawn()).as(chart + " " + canvas).isTrue();
            assertThat(canvas.cssWidth()).as(chart).isGreaterThan(300);
        }
        // meals per month, stacked by channel: one row per month of the API, with the total
        List<List<String>> months = new ArrayList<>();
        for (JsonNode month : figures.get("months")) {
            List<String> cells = new ArrayList<>(List.of(month.get("month").asString()));
            long total = 0;
            for (String channel : CHANNELS) {
                long meals = month.get("meals").path(channel).asLong(0);
                cells.add(String.valueOf(meals));
                total += meals;
            }
            cells.add(String.valueOf(total));
            months.add(cells);
        }
        assertThat(withoutGrouping(charts.numbers("chart-months"))).isEqualTo(months);
        assertThat(charts.headings("chart-months"))
                .containsExactly("月份 Month", "堂食 Dine-in", "自取 Takeaway", "送餐 Delivery", "合计 Total");
        assertThat(charts.pixelsOf("chart-months", BLUE)).as("dine-in bars").isPositive();
        // meals by channel with each channel's share, as the pie chart showed it
        List<List<String>> channels = charts.numbers("chart-channels");
        assertThat(channels).extracting(r -> r.get(0)).containsExactly("堂食 Dine-in", "自取 Takeaway", "送餐 Delivery");
        for (int i = 0; i < CHANNELS.length; i++) {
            assertThat(channels.get(i).get(1).replace(",", ""))
                    .startsWith(figures.get("mealsByChannel").path(CHANNELS[i]).asLong(0) + " (");
        }
        assertThat(charts.pixelsOf("chart-channels", BLUE)).isPositive();
        // the care part as care-facility answered it: occupied and vacant beds by type, institutions by star level
        assertThat(charts.numbers("chart-beds"))
                .containsExactly(
                        List.of("普通床位 Standard", "90", "30", "120"),
                        List.of("认知障碍照护床位 Cognitive care", "25", "5", "30"));
        assertThat(charts.pixelsOf("chart-beds", BLUE)).as("occupied").isPositive();
        assertThat(charts.pixelsOf("chart-beds", ORANGE)).as("vacant").isPositive();
        List<List<String>> stars = new ArrayList<>();
        for (JsonNode level : figures.get("care").get("stars")) {
            stars.add(List.of(
                    level.get("labelZh").asString() + " " + level.get("labelEn").asString(),
                    String.valueOf(level.get("facilities").asInt())));
        }
        assertThat(charts.numbers("chart-stars")).isEqualTo(stars);
        assertThat(charts.numbers("chart-stars"))
                .extracting(r -> r.get(1))
                .containsExactly("0", "1", "2", "1", "0", "0");
        assertThat(charts.pixelsOf("chart-stars", BLUE)).isPositive();
        assertThat(charts.pixelsOf("chart-stars", ORANGE)).as("one series only").isZero();
        assertThat(chromium.consoleErrors()).isEmpty();
        chromium.screenshot("district-figures.png");

        Http.Download csv =
                new Http(port).download("/api/district/figures.csv?month=2031-03", admin, StandingWorld.PASSWORD);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(text)
                .startsWith("\uFEFF")
                .contains(canteen.view.name() + ",3")
                .contains("星级 Star level");

        // care-facility stops answering: the canteen figures stay, the page says what is missing
        care.stop(0);
        browser.findElement(By.cssSelector("#pick button[type=submit]")).click();
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("care-unavailable")).isDisplayed());
        assertThat(text(browser, "#care-unavailable")).contains("养老机构系统暂时无法连接").contains("cannot be reached");
        assertThat(browser.findElement(By.cssSelector("#canteens tr[data-canteen='" + canteen.id() + "']"))
                        .getText())
                .contains("6.00");
        assertThat(charts.canvas("chart-months").drawn()).isTrue();
        assertThat(charts.canvas("chart-beds").drawn())
                .as("no care chart without care figures")
                .isFalse();
        assertThat(charts.numbers("chart-stars")).isEmpty();

        Http.Answer staff = new Http(port)
                .get(
                        "/api/district/figures?month=2031-03",
                        canteen.login(Role.CANTEEN_MANAGER),
                        StandingWorld.PASSWORD);
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.code()).isEqualTo("DISTRICT_ADMIN_ONLY");
    }

    private static List<List<String>> withoutGrouping(List<List<String>> rows) {
        return rows.stream()
                .map(r -> r.stream().map(c -> c.replace(",", "")).toList())
                .toList();
    }

    /** An alert opened, or an image was made from the stored text. */
    private static boolean markupRan(WebDriver browser) {
        try {
            browser.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            Number images = (Number) ((JavascriptExecutor) browser)
                    .executeScript("return Array.prototype.filter.call(document.images, function (i) {"
                            + " return i.getAttribute('src') === 'x'; }).length;");
            return images.intValue() > 0;
        }
    }

    private static String text(WebDriver browser, String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    /** A stand-in for care-facility-service's district-figures endpoint, with the JSON that service answers. */
    private static HttpServer stubCare() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/canteen-link/district-figures", exchange -> {
                authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = ("{\"on\":\"2031-03-31\",\"facilities\":4,\"beds\":["
                                + "{\"bedType\":\"STANDARD\",\"labelZh\":\"普通床位\",\"labelEn\":\"Standard\",\"beds\":120,\"occupied\":90,\"vacant\":30},"
                                + "{\"bedType\":\"COGNITIVE_CARE\",\"labelZh\":\"认知障碍照护床位\",\"labelEn\":\"Cognitive care\",\"beds\":30,\"occupied\":25,\"vacant\":5}],"
                                + "\"activeCaregivers\":13,\"certifiedCaregivers\":12,\"certificationRatePercent\":92.3,"
                                + "\"stars\":[{\"level\":5,\"labelZh\":\"五星\",\"labelEn\":\"5-star\",\"facilities\":0},"
                                + "{\"level\":4,\"labelZh\":\"四星\",\"labelEn\":\"4-star\",\"facilities\":1},"
                                + "{\"level\":3,\"labelZh\":\"三星\",\"labelEn\":\"3-star\",\"facilities\":2},"
                                + "{\"level\":2,\"labelZh\":\"二星\",\"labelEn\":\"2-star\",\"facilities\":1},"
                                + "{\"level\":1,\"labelZh\":\"一星\",\"labelEn\":\"1-star\",\"facilities\":0},"
                                + "{\"labelZh\":\"未评级\",\"labelEn\":\"unrated\",\"facilities\":0}]}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
