package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.support.HeadlessChromium;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium on a phone-sized window: delivery orders are placed and planned, the volunteer
 * signs in, sees the stops in order, picks up, closes one stop with the card code and reports "nobody home" at
 * the next; the welfare alert then shows on the staff page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerPageBrowserIT {

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(390, 844);
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void volunteerDeliversWithTheCardCodeAndNobodyHomeReachesTheStaffPage() throws IOException {
        DeliveryWorld.Scenario scenario = world.scenario(3);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "王志愿", 6, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        List<PlanView.StopView> planned =
                world.planned(scenario).rounds().get(0).stops();
        assertThat(planned).hasSize(3);

        browser.get(url("/volunteer.html"));
        signIn(volunteer.username());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.stop"), 3));
        List<String> shown = browser.findElements(By.cssSelector("article.stop .address")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(shown)
                .containsExactlyElementsOf(
                        planned.stream().map(PlanView.StopView::address).toList());
        assertThat(browser.findElement(By.cssSelector("svg.sketch")).findElements(By.tagName("circle")))
                .hasSize(3);
        assertThat(browser.findElement(By.cssSelector("article.stop .notes")).getText())
                .contains("耳背");
        saveScreenshot("volunteer-route.png");

        browser.findElement(By.cssSelector("[data-action=picked-up]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("[data-action=delivered]"), 3));

        // first stop: the senior's card code
        DeliveryWorld.Senior first = scenario.seniors().stream()
                .filter(s -> s.id() == planned.get(0).seniorId())
                .findFirst()
                .orElseThrow();
        stop(planned.get(0))
                .findElement(By.cssSelector("[data-action=delivered]"))
                .click();
        WebElement codeInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-code")));
        codeInput.sendKeys(first.manualCode());
        browser.findElement(By.id("deliver-confirm")).click();
        wait.until(d -> stop(planned.get(0))
                        .findElements(By.cssSelector(".badge.DELIVERED"))
                        .size()
                == 1);

        // second stop: nobody home
        stop(planned.get(1))
                .findElement(By.cssSelector("[data-action=not-delivered]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fail-confirm")));
        browser.findElement(By.cssSelector("input[name=reason][value=NOBODY_HOME]"))
                .click();
        browser.findElement(By.id("fail-note")).sendKeys("敲门无人应答");
        browser.findElement(By.id("fail-confirm")).click();
        wait.until(d -> stop(planned.get(1))
                        .findElements(By.cssSelector(".badge.NOT_DELIVERED"))
                        .size()
                == 1);

        // the staff page lists the alert with whom to call
        browser.manage().deleteAllCookies();
        browser.get(url("/alerts.html"));
        signIn(staff);
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-card")));
        assertThat(alert.getText()).contains("送餐无人应门").contains("女儿").contains("敲门无人应答");
        saveScreenshot("welfare-alerts.png");
    }

    private WebElement stop(PlanView.StopView stop) {
        return browser.findElement(By.cssSelector("article.stop[data-stop='" + stop.stopId() + "']"));
    }

    private void signIn(String username) {
        chromium.signIn(username, DeliveryWorld.PASSWORD);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void saveScreenshot(String name) throws IOException {
        chromium.screenshot(name);
    }
}
