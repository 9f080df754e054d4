package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.PageChecks;
import cn.xingfu.canteen.support.TestClock;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium on a phone-sized window: delivery orders are placed and planned, the volunteer
 * signs in, sees one stop at a time with the others in order, confirms the pick-up on the page, has a wrong card
 * refused and retries in the same dialog, answers the well-being check ("needs a call"), goes on with "next" and
 * reports "nobody home" at the next stop; the welfare alerts then show on the staff page. With that page open, a third stop's alert is pushed to it
 * over STOMP and shown faster than its fallback polling could, then both alerts leave the page as they are resolved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerPageBrowserIT {

    /** Well below the page's fallback poll interval: only the push can be this quick. */
    private static final Duration PUSH_BOUND = Duration.ofSeconds(5);

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(390, 844);

    private final WebDriver browser = chromium.driver();

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @Autowired
    TestClock clock;

    @BeforeEach
    void signedOut() {
        if (browser.getCurrentUrl().startsWith("http")) {
            browser.manage().deleteAllCookies();
        }
    }

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void volunteerDeliversOneStopAtATimeRetriesAWrongCardAndWelfareAlertsArePushedToTheStaffPage() throws IOException {
        DeliveryWorld.Scenario scenario = world.scenario(3);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "王志愿", 6, TransportMode.E_BIKE);
        String staff = world.staffLogin(scenario);
        List<PlanView.StopView> planned =
                DeliveryWorld.roundOf(world.planned(scenario), volunteer.id()).stops();
        assertThat(planned).hasSize(3);

        browser.get(url("/volunteer.html"));
        signIn(volunteer.username());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.stop"), 3));
        // one stop in full, the first to visit; the others one line each, in visiting order
        assertThat(browser.findElements(By.cssSelector("article.stop.current")))
                .singleElement()
                .satisfies(card -> assertThat(card.getAttribute("data-stop"))
                        .isEqualTo(String.valueOf(planned.get(0).stopId())));
        List<String> shown = browser.findElements(By.cssSelector("article.stop .address")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(shown)
                .containsExactlyElementsOf(
                        planned.stream().map(PlanView.StopView::address).toList());
        assertThat(browser.findElement(By.cssSelector("svg.sketch")).findElements(By.tagName("circle")))
                .hasSize(3);
        WebElement focused = browser.findElement(By.cssSelector("article.stop.current"));
        assertThat(focused.findElement(By.cssSelector(".notes")).getText()).contains("耳背");
        // words instead of codes, and the address opens in the phone's map apps
        assertThat(focused.findElement(By.cssSelector(".chips")).getText()).isEqualTo("低盐");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("LOW_SALT");
        assertThat(focused.findElement(By.cssSelector("a[data-map=geo]")).getAttribute("href"))
                .startsWith("geo:" + planned.get(0).latitude() + ","
                        + planned.get(0).longitude());
        assertThat(focused.findElement(By.cssSelector("a[data-map=amap]")).getAttribute("href"))
                .startsWith("https://uri.amap.com/marker?position="
                        + planned.get(0).longitude() + "," + planned.get(0).latitude());
        assertThat(focused.findElement(By.cssSelector("a[data-map=baidu]")).getAttribute("href"))
                .contains("location=" + planned.get(0).latitude() + ","
                        + planned.get(0).longitude());
        assertThat(PageChecks.lowContrastButtons(browser, 4.5))
                .as("buttons below 4.5:1")
                .isEmpty();
        saveScreenshot("volunteer-route.png");

        // the pick-up is confirmed on the page, not in a browser pop-up
        browser.findElement(By.cssSelector("[data-action=picked-up]")).click();
        assertThat(browser.findElement(By.cssSelector(".confirm")).getText()).contains("全部 3 份餐");
        browser.findElement(By.cssSelector("[data-action=confirm-pickup]")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action=delivered]")));

        // first stop: another senior's card is refused inside the dialog, which stays open for the right one
        DeliveryWorld.Senior first = senior(scenario, planned.get(0));
        DeliveryWorld.Senior other = senior(scenario, planned.get(1));
        browser.findElement(By.cssSelector("[data-action=delivered]")).click();
        WebElement codeInput = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-code")));
        codeInput.sendKeys(other.manualCode());
        browser.findElement(By.id("deliver-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliver-error"), "这张卡不是本单老人的"));
        assertThat(browser.findElement(By.id("deliver-dialog")).getAttribute("open"))
                .isNotNull();
        assertThat(PageChecks.lowContrastButtons(browser, 4.5))
                .as("dialog buttons below 4.5:1")
                .isEmpty();
        saveScreenshot("volunteer-wrong-card.png");
        codeInput.clear();
        codeInput.sendKeys(first.manualCode());
        browser.findElement(By.id("deliver-confirm")).click();

        // the well-being check at the door: "needs a call" becomes a welfare alert
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-wellbeing=NEEDS_CALL]")));
        saveScreenshot("volunteer-wellbeing.png");
        browser.findElement(By.id("check-note")).sendKeys("想和女儿通电话");
        browser.findElement(By.cssSelector("[data-wellbeing=NEEDS_CALL]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(badge(planned.get(0), "DELIVERED")));
        assertThat(browser.findElement(By.id("message")).getText())
                .contains("已确认送达")
                .contains("需要回电");
        assertThat(browser.findElement(By.cssSelector("article.stop.current .badge.wellbeing"))
                        .getText())
                .contains("需要回电");

        // a large "next" step brings up the second stop: nobody home, the reason asked for on the page
        WebElement next = browser.findElement(By.cssSelector("[data-action=next]"));
        assertThat(next.getText()).contains("第 2 站");
        next.click();
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("article.stop.current"),
                "data-stop",
                String.valueOf(planned.get(1).stopId())));
        browser.findElement(By.cssSelector("article.stop.current [data-action=not-delivered]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fail-confirm")));
        browser.findElement(By.id("fail-confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fail-error"), "请选择"));
        browser.findElement(By.cssSelector("input[name=reason][value=NOBODY_HOME]"))
                .click();
        browser.findElement(By.id("fail-note")).sendKeys("敲门无人应答");
        browser.findElement(By.id("fail-confirm")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(badge(planned.get(1), "NOT_DELIVERED")));

        // the staff page lists the alert with whom to call
        browser.manage().deleteAllCookies();
        browser.get(url("/alerts.html"));
        signIn(staff);
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(alertOf(planned.get(1))));
        assertThat(alert.getText())
                .contains("送餐无人应门")
                .contains("女儿")
                .contains("敲门无人应答")
                .contains("第 2 站");
        wait.until(ExpectedConditions.attributeContains(By.id("status"), "class", "live"));
        long fallbackPoll =
                Long.parseLong(browser.findElement(By.tagName("body")).getAttribute("data-fallback-poll-ms"));
        assertThat(PUSH_BOUND.toMillis()).isLessThan(fallbackPoll);
        long fetches = alertListFetches();

        // the third senior is unwell, reported from the volunteer's phone while the staff page is open: the alert is
        // pushed, so it shows within less than the fallback poll interval and without the list being fetched again
        Http http = new Http(port);
        clock.pin(clock.instant().plus(Duration.ofMinutes(25)));
        assertThat(http.post(
                                "/api/delivery/stops/" + planned.get(2).stopId() + "/not-delivered",
                                volunteer.username(),
                                DeliveryWorld.PASSWORD,
                                Map.of("reason", "SENIOR_UNWELL", "note", "说头晕，已打 120"),
                                Map.of())
                        .status())
                .isEqualTo(200);
        WebElement pushed = new WebDriverWait(browser, PUSH_BOUND)
                .until(ExpectedConditions.visibilityOfElementLocated(alertOf(planned.get(2))));
        assertThat(pushed.getAttribute("class")).contains("fresh");
        assertThat(pushed.getText()).contains("老人身体不适").contains("说头晕").contains("第 3 站");
        assertThat(browser.findElement(By.id("notice")).getText())
                .contains("新提醒")
                .contains("老人身体不适");
        assertThat(browser.findElements(By.cssSelector(".alert-card")))
                .as("newest first")
                .extracting(card -> card.getAttribute("data-stop"))
                .containsExactly(
                        String.valueOf(planned.get(2).stopId()),
                        String.valueOf(planned.get(1).stopId()),
                        String.valueOf(planned.get(0).stopId()));
        assertThat(browser.findElement(alertOf(planned.get(0))).getText())
                .contains("需要回电")
                .contains("想和女儿通电话");
        assertThat(alertListFetches()).as("shown from the push, not fetched").isEqualTo(fetches);
        saveScreenshot("welfare-alerts.png");

        // a colleague resolves the first alert elsewhere: it leaves this page at once
        assertThat(http.post(
                                "/api/welfare-alerts/" + alert.getAttribute("data-alert") + "/resolve",
                                staff,
                                DeliveryWorld.PASSWORD,
                                Map.of("resolution", "已联系女儿，老人在女儿家"),
                                Map.of())
                        .status())
                .isEqualTo(200);
        new WebDriverWait(browser, PUSH_BOUND)
                .until(ExpectedConditions.invisibilityOfElementLocated(alertOf(planned.get(1))));
        assertThat(alertListFetches()).isEqualTo(fetches);

        // the other is resolved with the form on this page
        pushed.findElement(By.tagName("input")).sendKeys("已叫家属陪同就医");
        pushed.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(alertOf(planned.get(2))));
        assertThat(browser.findElements(By.cssSelector(".alert-card"))).hasSize(1);
    }

    @Test
    void aVolunteerWithTwoBoxesSeesTripsAndPicksUpTheNextOneWhenBack() throws IOException {
        DeliveryWorld.Scenario scenario = world.scenario(3);
        DeliveryWorld.VolunteerLogin volunteer = world.volunteer(scenario, "两箱志愿者", 2, TransportMode.E_BIKE);
        List<PlanView.StopView> planned =
                DeliveryWorld.roundOf(world.planned(scenario), volunteer.id()).stops();
        assertThat(planned).extracting(PlanView.StopView::trip).containsExactly(1, 1, 2);

        browser.get(url("/volunteer.html"));
        signIn(volunteer.username());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.stop"), 3));
        assertThat(browser.findElements(By.cssSelector("h3.trip")))
                .extracting(WebElement::getText)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("第1趟").contains("出发"),
                        second -> assertThat(second).startsWith("第2趟").contains("出发"));
        WebElement pickUp = browser.findElement(By.cssSelector("[data-action=picked-up]"));
        assertThat(pickUp.getText()).contains("第1趟");
        saveScreenshot("volunteer-trips.png");

        pickUp.click();
        browser.findElement(By.cssSelector("[data-action=confirm-pickup]")).click();
        // only the first trip's meals are out; no pick-up button while they are
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action=delivered]")));
        assertThat(browser.findElements(By.cssSelector("[data-action=picked-up]")))
                .isEmpty();

        // the first stop with the typed code, the second with a photo of the card (read by the service)
        browser.findElement(By.cssSelector("[data-action=delivered]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("card-code")))
                .sendKeys(senior(scenario, planned.get(0)).manualCode());
        browser.findElement(By.id("deliver-confirm")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-wellbeing=FINE]")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(badge(planned.get(0), "DELIVERED")));
        browser.findElement(By.cssSelector("[data-action=next]")).click();
        wait.until(ExpectedConditions.attributeToBe(
                By.cssSelector("article.stop.current"),
                "data-stop",
                String.valueOf(planned.get(1).stopId())));
        browser.findElement(By.cssSelector("article.stop.current [data-action=delivered]"))
                .click();
        Path photo = cardPhoto(senior(scenario, planned.get(1)).token());
        browser.findElement(By.id("card-photo")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-wellbeing=FINE]")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(badge(planned.get(1), "DELIVERED")));

        // back at the kitchen: the second trip can leave
        WebElement next =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-action=picked-up]")));
        assertThat(next.getText()).contains("第2趟");
        assertThat(next.getAttribute("data-trip")).isEqualTo("2");
    }

    private static DeliveryWorld.Senior senior(DeliveryWorld.Scenario scenario, PlanView.StopView stop) {
        return scenario.seniors().stream()
                .filter(s -> s.id() == stop.seniorId())
                .findFirst()
                .orElseThrow();
    }

    /** A phone photo of the card: its QR code on a grey desk, a little off-centre. */
    private static Path cardPhoto(String token) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, 360, 360);
            BufferedImage photo = new BufferedImage(720, 540, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = photo.createGraphics();
            g.setColor(new Color(0x9a9a9a));
            g.fillRect(0, 0, 720, 540);
            g.drawImage(MatrixToImageWriter.toBufferedImage(matrix), 250, 110, null);
            g.dispose();
            Path file = Files.createTempFile("card-photo", ".jpg");
            ImageIO.write(photo, "jpg", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    private static By alertOf(PlanView.StopView stop) {
        return By.cssSelector("article.alert-card[data-stop='" + stop.stopId() + "']");
    }

    /** How often the page has asked for the alert list (the browser's own record of its requests). */
    private long alertListFetches() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return performance.getEntriesByType('resource').filter(function (e) {"
                        + " return new URL(e.name).pathname === '/api/welfare-alerts'; }).length;");
    }

    /** Found afresh each time: the page redraws its stops after every action. */
    private static By badge(PlanView.StopView stop, String status) {
        return By.cssSelector("article.stop[data-stop='" + stop.stopId() + "'] .badge." + status);
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
