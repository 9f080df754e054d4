package cn.xingfu.canteen.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.kernel.Ids;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The district administrator's audit page in headless Chromium: filter by who and subject, page through the
 * events, and stored values shown as text. A canteen manager who opens the page is told it is not for her.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditPageBrowserIT {

    private static final String PASSWORD = "audit-page-1";
    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    AuditLog log;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theDistrictFiltersPagesAndReadsEventsAsText() throws Exception {
        Actor cashier = new Actor(Ids.next(), "cashier-" + Ids.next(), Role.CANTEEN_STAFF, 9L);
        String senior = String.valueOf(Ids.next());
        for (int i = 0; i < 55; i++) {
            log.record(cashier, AuditEntry.read("SENIOR_COUNTER", "senior", senior));
        }
        log.record(cashier, AuditEntry.changed("SENIOR_CONTACT", "senior", senior, "deliveryNotes", "旧", MARKUP));
        String admin = login(Role.DISTRICT_ADMIN);

        WebDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/audit.html");
        chromium.signIn(admin, PASSWORD);
        browser.findElement(By.id("who")).sendKeys(cashier.username());
        browser.findElement(By.id("subjectId")).sendKeys(senior);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("subjectType"))).selectByValue("senior");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("summary")).getText().contains("56"));
        assertThat(rows(browser)).hasSize(50);
        // newest first: the change with the markup heads the first page, shown as text, no image made from it
        assertThat(rows(browser).get(0).getText())
                .contains("SENIOR_CONTACT")
                .contains(MARKUP)
                .contains("旧");
        assertThat(browser.findElements(By.cssSelector("#events img"))).isEmpty();
        assertThat(browser.findElement(By.id("previous")).isEnabled()).isFalse();

        browser.findElement(By.id("next")).click();
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> rows(d).size() == 6);
        assertThat(browser.findElement(By.id("page-of")).getText()).contains("2 / 2");
        assertThat(rows(browser)).allSatisfy(row -> assertThat(row.getText()).contains("SENIOR_COUNTER"));
        chromium.screenshot("audit-log.png");

        browser.findElement(By.id("kind")).sendKeys("SENIOR_CONTACT");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
        chromium.waitUpTo(Duration.ofSeconds(10)).until(d -> rows(d).size() == 1);
        assertThat(browser.findElement(By.id("next")).isEnabled()).isFalse();
    }

    @Test
    void aCanteenManagerIsToldTheLogIsForTheDistrict() {
        String manager = login(Role.CANTEEN_MANAGER);
        WebDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/audit.html");
        chromium.signIn(manager, PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("message")).isDisplayed());
        assertThat(browser.findElement(By.id("message")).getText()).contains("区级管理员");
        assertThat(rows(browser)).isEmpty();
    }

    private static List<WebElement> rows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#events tbody tr"));
    }

    private String login(Role role) {
        long id = Ids.next();
        String username = role.name().toLowerCase() + "-audit-" + id;
        accounts.saveAndFlush(new Account(
                id, username, encoder.encode(PASSWORD), "审计页 " + role, role, role == Role.DISTRICT_ADMIN ? null : 9L));
        return username;
    }
}
