package cn.xingfu.canteen.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.kernel.Ids;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The settlement page in headless Chromium as the bureau uses it: the district's canteens, settling the district in
 * the background with visible progress, a canteen's totals per funder, submitting (locking) the month; and the CSV,
 * XLSX and PDF exports of the same claim.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SettlementBrowserIT {

    private static final String PASSWORD = "settle-pass-1";

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1500);

    @LocalServerPort
    int port;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    private String account(Role role, Long canteenId) {
        long id = Ids.next();
        String username = role.name().toLowerCase() + "-" + id;
        accounts.saveAndFlush(new Account(id, username, encoder.encode(PASSWORD), "测试", role, canteenId));
        return username;
    }

    @Test
    void theBureauSettlesTheDistrictOpensACanteenAndSubmitsIt() throws Exception {
        String district = String.valueOf(700000 + Math.floorMod(Ids.next(), 99999));
        CanteenView canteen = MonthOfOrders.canteen(canteens, district);
        new MonthOfOrders(jdbc).generate(canteen.id(), SettlementIT.SEPTEMBER, 400, 5_000_000, 60, 5);
        BigDecimal expected = jdbc.queryForObject(
                "SELECT SUM(subsidy) FROM meal_order WHERE canteen_id = ? AND status <> 'CANCELLED'",
                BigDecimal.class,
                canteen.id());
        String bureau = account(Role.DISTRICT_ADMIN, null);

        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/settlement.html?month=2026-09&district=" + district);
        chromium.signIn(bureau, PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        By row = By.cssSelector("#canteens tr[data-canteen='" + canteen.id() + "']");
        assertThat(browser.findElement(row).getAttribute("data-status")).isEqualTo("DRAFT");

        browser.findElement(By.id("run-district")).click();
        chromium.waitUpTo(Duration.ofSeconds(60))
                .until(d -> "READY".equals(d.findElement(row).getAttribute("data-status")));
        browser.findElement(row).findElement(By.tagName("button")).click();
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d -> "READY".equals(d.findElement(By.id("status")).getAttribute("data-status")));
        String claimed =
                browser.findElement(By.cssSelector("[data-figure=subsidy] dd")).getText();
        assertThat(new BigDecimal(claimed.replace(",", ""))).isEqualByComparingTo(expected);
        assertThat(browser.findElement(By.cssSelector("[data-figure=reconciled] dd"))
                        .getText())
                .contains("一致");
        assertThat(browser.findElement(By.cssSelector("#funders tr[data-funder=CITY]"))
                        .getText())
                .contains("CITY");
        assertThat(browser.findElement(By.id("progress-text")).getText()).isEqualTo("进度 Progress 7 / 7");
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d ->
                        d.findElements(By.cssSelector("#fraud section.rule")).size() == 6);
        assertThat(browser.findElement(By.cssSelector("#fraud [data-rule=TWO_SITES_ONE_PERIOD]"))
                        .getText())
                .contains("同一长者同餐次在两处就餐");
        chromium.screenshot("settlement.png");

        browser.findElement(By.id("submit")).click();
        browser.switchTo().alert().accept();
        chromium.waitUpTo(Duration.ofSeconds(20))
                .until(d -> "SUBMITTED".equals(d.findElement(By.id("status")).getAttribute("data-status")));
        assertThat(browser.findElement(By.id("status")).getText())
                .contains("已提交（锁定）")
                .contains("Submitted");
        assertThat(browser.findElement(By.id("run")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("submit")).isEnabled()).isFalse();

        int lines = jdbc.queryForObject(
                "SELECT COUNT(*) FROM meal_order WHERE canteen_id = ? AND status <> 'CANCELLED' AND subsidy > 0",
                Integer.class,
                canteen.id());
        String base = "/api/canteens/" + canteen.id() + "/settlements/2026-09/claim.";
        Http http = new Http(port);
        Http.Download csv = http.download(base + "csv", bureau, PASSWORD);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号 No.").contains("补贴 CITY_MEAL").contains("身份核验 Verification");
        assertThat(text.lines().filter(l -> l.matches("^\\d+,.*"))).hasSize(lines);
        Http.Download xlsx = http.download(base + "xlsx", bureau, PASSWORD);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(lines);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("出资方 Funder");
        }
        Http.Download pdf = http.download(base + "pdf", bureau, PASSWORD);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        String otherManager = account(Role.CANTEEN_MANAGER, Ids.next());
        Http.Answer refused =
                http.get("/api/canteens/" + canteen.id() + "/settlements/2026-09", otherManager, PASSWORD);
        assertThat(refused.status()).isEqualTo(403);
    }
}
