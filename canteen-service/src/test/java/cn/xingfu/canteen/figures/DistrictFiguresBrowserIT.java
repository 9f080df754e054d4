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
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bureau's figures page in headless Chromium: a canteen's served meals counted live by channel, the care part
 * from a stand-in care-facility-service on a free port (checked for the service credentials), ECharts drawn, the
 * CSV export, and the page still working — saying so — once care-facility stops answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DistrictFiguresBrowserIT {

    private static final String CARE_PASSWORD = "care-stub-pass";
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
        StandingWorld.Canteen canteen = world.canteen();
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
        Object drawn = ((JavascriptExecutor) browser)
                .executeScript("return echarts.getInstanceByDom(document.getElementById('chart-stars'))"
                        + ".getOption().series[0].data;");
        assertThat(drawn.toString()).isEqualTo("[0, 1, 2, 1, 0, 0]");
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

        Http.Answer staff = new Http(port)
                .get(
                        "/api/district/figures?month=2031-03",
                        canteen.login(Role.CANTEEN_MANAGER),
                        StandingWorld.PASSWORD);
        assertThat(staff.status()).isEqualTo(403);
        assertThat(staff.code()).isEqualTo("DISTRICT_ADMIN_ONLY");
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
