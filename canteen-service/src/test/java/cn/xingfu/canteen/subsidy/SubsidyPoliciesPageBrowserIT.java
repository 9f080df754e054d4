package cn.xingfu.canteen.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.PageChecks;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * The subsidy-policy page in headless Chromium as the bureau uses it: the district's version in force in words, a new
 * version drafted from it, the minimum-bill cliff warned about next to the field while typing and gone once fixed,
 * saving, the new version listed as coming, and the API's refusal of a repeated version shown on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubsidyPoliciesPageBrowserIT {

    private static final String PASSWORD = "policy-pass-1";

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1700);

    @LocalServerPort
    int port;

    @Autowired
    SubsidyPolicies policies;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theBureauIsWarnedOfACliffFixesItAndSavesANewVersion() throws Exception {
        String district = String.valueOf(600000 + Math.floorMod(Ids.next(), 99999));
        policies.seed(
                new SubsidyPolicy(
                        district,
                        "2026-A",
                        "2026 年助餐补贴",
                        LocalDate.of(2026, 1, 1),
                        null,
                        SubsidyPolicy.Basis.PER_MEAL,
                        List.of(
                                new SubsidyPolicy.Tier("AGE_80", "80岁以上", 80, Set.of(), new BigDecimal("3.00")),
                                new SubsidyPolicy.Tier("AGE_90", "90岁以上", 90, Set.of(), new BigDecimal("5.00"))),
                        1,
                        null,
                        null,
                        new BigDecimal("0.00"),
                        SubsidyPolicy.DeliveryRule.standard()),
                "test");
        long id = Ids.next();
        String bureau = "district_admin-" + id;
        accounts.saveAndFlush(new Account(id, bureau, encoder.encode(PASSWORD), "测试", Role.DISTRICT_ADMIN, null));

        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/subsidy-policies.html?district=" + district);
        chromium.signIn(bureau, PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        WebElement current = browser.findElement(By.cssSelector("#versions article[data-version='2026-A']"));
        assertThat(current.getAttribute("data-state")).isEqualTo("IN_FORCE");
        assertThat(current.getText())
                .contains("现行")
                .contains("90岁以上")
                .contains("90 岁及以上")
                .contains("每日 1 次");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> "OK".equals(d.findElement(By.id("check-status")).getAttribute("data-check")));

        WebElement minimum = browser.findElement(By.cssSelector("fieldset.scheme input[name=minimumBill]"));
        minimum.clear();
        minimum.sendKeys("5.00");
        By cliff = By.cssSelector("fieldset.scheme .warnings [data-warning=MINIMUM_BILL_CLIFF]");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.findElements(cliff).isEmpty());
        assertThat(browser.findElement(cliff).getText())
                .contains("最低消费 5.00 元不高于最高档补贴 5.00 元")
                .contains("消费 4.99 元的长者自付 4.99 元")
                .contains("消费 5.00 元反而只付 0.00 元");
        assertThat(browser.findElement(By.id("check-status")).getAttribute("data-check"))
                .isEqualTo("WARNINGS");
        browser.findElement(By.id("p-version")).sendKeys("2027-A");
        browser.findElement(By.id("p-label")).clear();
        browser.findElement(By.id("p-label")).sendKeys("2027 年助餐补贴");
        assertThat(PageChecks.lowContrastButtons(browser, 4.5))
                .as("buttons below 4.5:1")
                .isEmpty();
        assertThat(
                        PageChecks.contrast(
                                        browser, ".warning, .version .state, .version li, label span, .check-status")
                                .stream()
                                .filter(c -> ((Number) c.get("ratio")).doubleValue() < 4.5))
                .as("words below 4.5:1")
                .isEmpty();
        chromium.screenshot("subsidy-policies.png");

        browser.findElement(By.id("lang")).click();
        assertThat(browser.findElement(cliff).getText())
                .contains("a 4.99 meal costs the senior 4.99, a 5.00 meal costs 0.00");
        browser.findElement(By.id("lang")).click();

        minimum.clear();
        minimum.sendKeys("x");
        By refused = By.cssSelector("fieldset.scheme .field-error[data-field='schemes[0].minimumBill']");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.findElements(refused).isEmpty());
        assertThat(browser.findElement(By.id("check-status")).getAttribute("data-check"))
                .isEqualTo("INVALID");
        minimum.clear();
        minimum.sendKeys("6.00");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> "OK".equals(d.findElement(By.id("check-status")).getAttribute("data-check")));
        assertThat(browser.findElements(cliff)).isEmpty();
        assertThat(browser.findElements(refused)).isEmpty();

        browser.findElement(By.id("save")).click();
        By saved = By.cssSelector("#versions article[data-version='2027-A']");
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> !d.findElements(saved).isEmpty());
        assertThat(browser.findElement(saved).getAttribute("data-state")).isEqualTo("FUTURE");
        assertThat(browser.findElement(saved).getText()).contains("待生效").contains("最低消费 6.00 元");
        assertThat(policies.versions(district))
                .extracting(SubsidyPolicy::version)
                .containsExactlyInAnyOrder("2026-A", "2027-A");

        browser.findElement(By.id("save")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("message")).isDisplayed());
        assertThat(browser.findElement(By.id("message")).getText()).contains("该区县已有同名政策版本");
    }
}
