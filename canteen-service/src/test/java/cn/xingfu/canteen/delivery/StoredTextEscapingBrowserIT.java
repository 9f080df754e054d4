package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.PageChecks;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 11: stored text is shown as text on every staff page. A canteen, its seniors (names, addresses), a dish, a
 * volunteer and a welfare note all carry {@code <img src=x onerror=alert(1)>}; each page of canteen-service that
 * shows them is opened in headless Chromium, and no alert may open, no image may be created from the text, and the
 * text itself must be readable on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredTextEscapingBrowserIT {

    static final String MARKUP = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 900);

    private WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    private DeliveryWorld.Scenario scenario;
    private DeliveryWorld.VolunteerLogin volunteer;
    private String staff;

    @BeforeAll
    void plantMarkup() {
        browser = chromium.driver();
        // two boxes: the third meal stays in the kitchen, where the display shows it
        scenario = world.scenario(3, MARKUP);
        volunteer = world.volunteer(scenario, MARKUP + "志愿者", 2, TransportMode.E_BIKE);
        staff = world.staffLogin(scenario);
        List<PlanView.StopView> stops =
                DeliveryWorld.roundOf(world.planned(scenario), volunteer.id()).stops();
        // the first trip goes out and nobody answers at the first door: a welfare alert carrying the note
        Http http = new Http(port);
        long roundId =
                DeliveryWorld.roundOf(world.planned(scenario), volunteer.id()).roundId();
        assertThat(http.post(
                                "/api/delivery/rounds/" + roundId + "/picked-up",
                                volunteer.username(),
                                DeliveryWorld.PASSWORD,
                                Map.of(),
                                Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(http.post(
                                "/api/delivery/stops/" + stops.get(0).stopId() + "/not-delivered",
                                volunteer.username(),
                                DeliveryWorld.PASSWORD,
                                Map.of("reason", "NOBODY_HOME", "note", MARKUP + "敲门无人"),
                                Map.of())
                        .status())
                .isEqualTo(200);
    }

    @AfterAll
    void releaseClock() {
        world.release();
    }

    @Test
    void theVolunteerPageShowsAddressesAndDishesAsText() {
        open("/volunteer.html", volunteer.username(), By.cssSelector("article.stop.current"));
        assertShownAsText();
    }

    @Test
    void theStaffPagesShowNamesAddressesDishesAndNotesAsText() {
        open("/alerts.html", staff, By.cssSelector("article.alert-card"));
        assertShownAsText();
        assertThat(browser.findElement(By.id("alerts")).getText()).contains(MARKUP + "敲门无人");

        open("/planner.html", staff, By.cssSelector("section.round-card"));
        assertShownAsText();
        assertThat(browser.findElement(By.id("who")).getText()).contains(MARKUP + "送餐测试食堂");

        // wait for the list itself: the page heading also says 志愿者 and is there before the list has loaded
        open("/volunteers.html", staff, By.xpath("//*[contains(text(), '" + MARKUP + "志愿者')]"));
        assertShownAsText();

        open("/kitchen.html", staff, By.cssSelector("article.order"));
        assertShownAsText();
        assertThat(browser.findElement(By.id("tickets")).getText()).contains(MARKUP + "米饭");

        open("/board.html", staff, By.cssSelector("#status.live"));
        assertThat(scriptRan()).isFalse();
    }

    private void open(String page, String username, By content) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + page);
        if (browser.getCurrentUrl().contains("/login")) {
            chromium.signIn(username, DeliveryWorld.PASSWORD);
        }
        chromium.waitUpTo(Duration.ofSeconds(15))
                .until(d -> !d.findElements(content).isEmpty());
    }

    private void assertShownAsText() {
        assertThat(scriptRan()).as("markup ran on " + browser.getCurrentUrl()).isFalse();
        assertThat(browser.findElement(By.tagName("body")).getText())
                .as("the markup shows as text on " + browser.getCurrentUrl())
                .contains(MARKUP);
    }

    /** An alert open, or an image element made from the stored text, means the text was parsed as markup. */
    private boolean scriptRan() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        Number images = (Number) PageChecks.run(
                browser,
                "return Array.prototype.filter.call(document.images, function (i) {"
                        + " return i.getAttribute('src') === 'x'; }).length;");
        return images.intValue() > 0;
    }
}
