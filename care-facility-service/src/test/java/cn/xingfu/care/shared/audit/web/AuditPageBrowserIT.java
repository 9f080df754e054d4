package cn.xingfu.care.shared.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.shared.security.AccountAdministration;
import cn.xingfu.care.shared.security.Role;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestCareUnits;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * care's audit page (issue 11) in headless Chromium: a district administrator reaches it from the dashboard, finds
 * events that reads of a resident and a bed transfer wrote, narrows them by who, subject, kind and days, pages
 * through them newest first; a login {@code <img src=x onerror=alert(1)>} stored in the log shows as text and runs
 * nothing; a care manager is told the log is for the district.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, CareFixtures.class, TestCareUnits.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditPageBrowserIT {

    static final String MARKUP = "<img src=x onerror=alert(1)>";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Reads of the resident by the administrator: more than one page of 25. */
    static final int READS = 30;

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AdmissionDesk desk;

    @Autowired
    Clock clock;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();
    WebDriver driver;
    Path profile;
    String admin;
    String markupManager;
    long resident;
    AdmissionView admission;
    BedView first;
    BedView second;

    @BeforeAll
    void seedAndStartBrowser() throws Exception {
        FacilityView home = fixtures.facility();
        first = fixtures.bed(home.id(), BedType.STANDARD);
        second = fixtures.bed(home.id(), BedType.STANDARD);
        resident = fixtures.resident(home.id()).id();
        admission = fixtures.admitted(resident, first.id(), LocalDate.now(clock).minusDays(20));
        admin = accounts.admin().actor().username();
        // a login that is markup: the log stores it as the actor of what this manager does
        markupManager = MARKUP + "-" + UUID.randomUUID().toString().substring(0, 8);
        var manager = administration.create(
                markupManager, TestAccounts.PASSWORD, "测试 " + markupManager, Role.CARE_MANAGER, Set.of(home.id()));
        desk.transfer(manager, admission.id(), second.id(), LocalDate.now(clock).minusDays(2), "换房");
        for (int i = 0; i < READS; i++) {
            assertThat(get("/api/residents/" + resident, admin).statusCode()).isEqualTo(200);
        }
        assertThat(get("/api/residents/" + resident, markupManager).statusCode())
                .isEqualTo(200);

        profile = Files.createTempDirectory("care-audit-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                        .usingAnyFreePort()
                        .build(),
                options);
        driver.manage().window().setSize(new Dimension(1440, 1000));
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void theDistrictAdministratorSearchesAndPagesTheLogAndStoredMarkupStaysText() throws Exception {
        // the console is the browser's, shared with the other test (a manager's refusal logs a 403): drained first
        consoleErrors();
        signIn("/dashboard.html", admin);
        waitLoaded();
        WebElement link = driver.findElement(By.id("audit-link"));
        assertThat(link.isDisplayed()).isTrue();
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().endsWith("/audit.html"));
        waitLoaded();
        assertThat(error().isDisplayed()).as(error().getText()).isFalse();
        // unfiltered, the newest first: at least the reads, the transfer and this page's own search
        assertThat(rows()).hasSize(25);

        String today = LocalDate.ofInstant(clock.instant(), CHINA).toString();
        search(admin, "resident", String.valueOf(resident), "RESIDENT_DETAIL", today, today);
        assertThat(text("summary")).isEqualTo("共 " + READS + " 条 · " + READS + " events");
        assertThat(text("page-of")).isEqualTo("第 1 / 2 页 · page 1 of 2");
        List<WebElement> page1 = rows();
        assertThat(page1).hasSize(25);
        assertThat(page1)
                .allSatisfy(r -> assertThat(cells(r))
                        .containsSubsequence(
                                admin + " · 区级管理员 district admin",
                                "查看 read",
                                "RESIDENT_DETAIL",
                                "resident " + resident));
        // newest first, the same order as the API's
        JsonNode api = json.readTree(
                get("/api/audit?who=" + admin + "&kind=RESIDENT_DETAIL&subjectId=" + resident + "&size=25", admin)
                        .body());
        assertThat(page1.get(0).getDomAttribute("data-event"))
                .isEqualTo(api.get("content").get(0).get("id").asString());
        assertThat(button("previous").isEnabled()).isFalse();

        button("next").click();
        waitLoaded();
        assertThat(text("page-of")).isEqualTo("第 2 / 2 页 · page 2 of 2");
        assertThat(rows()).hasSize(READS - 25);
        assertThat(button("next").isEnabled()).isFalse();
        button("previous").click();
        waitLoaded();
        assertThat(text("page-of")).isEqualTo("第 1 / 2 页 · page 1 of 2");
        assertThat(rows()).hasSize(25);

        // the days: nothing from tomorrow on
        String tomorrow =
                LocalDate.ofInstant(clock.instant(), CHINA).plusDays(1).toString();
        search(admin, "resident", String.valueOf(resident), "RESIDENT_DETAIL", tomorrow, "");
        assertThat(rows()).isEmpty();
        assertThat(text("summary")).isEqualTo("没有符合条件的事件 · No event matches");

        // the bed transfer the markup manager did, old and new bed
        search("", "admission", String.valueOf(admission.id()), "BED_ASSIGNMENT", "", "");
        List<String> transfer = cells(rows().get(0));
        assertThat(transfer)
                .containsExactly(
                        transfer.get(0),
                        markupManager + " · 机构管理员 care manager",
                        "变更 change",
                        "BED_ASSIGNMENT",
                        "admission " + admission.id(),
                        "TRANSFERRED",
                        String.valueOf(first.id()),
                        String.valueOf(second.id()));
        assertThat(markupRan()).isFalse();

        // the markup login as a filter and as a value: shown as text, nothing run
        search(markupManager, "", "", "", "", "");
        assertThat(rows()).hasSize(2);
        assertThat(driver.findElement(By.id("events")).getText()).contains(markupManager);
        assertThat(markupRan()).isFalse();
        assertThat(consoleErrors()).isEmpty();
    }

    @Test
    void aCareManagerIsToldTheLogIsForTheDistrict() {
        signIn("/audit.html", markupManager);
        waitLoaded();
        assertThat(error().isDisplayed()).isTrue();
        assertThat(error().getText()).isEqualTo("审计日志仅限区级管理员查看 · Only a district administrator may read the audit log");
        assertThat(rows()).isEmpty();
        assertThat(text("who")).contains("机构管理员");
        assertThat(markupRan()).isFalse();
        driver.get(url("/dashboard.html"));
        waitLoaded();
        assertThat(driver.findElement(By.id("audit-link")).isDisplayed()).isFalse();
    }

    private void search(String who, String subjectType, String subjectId, String kind, String from, String to) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        // date inputs take typed keys in the browser's locale; the value itself is ISO everywhere
        for (String[] field : new String[][] {
            {"f-who", who},
            {"f-subjectType", subjectType},
            {"f-subjectId", subjectId},
            {"f-kind", kind},
            {"f-from", from},
            {"f-to", to}
        }) {
            js.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id(field[0])), field[1]);
        }
        button("find").click();
        waitLoaded();
        assertThat(error().isDisplayed()).as(error().getText()).isFalse();
    }

    private void signIn(String page, String username) {
        driver.manage().deleteAllCookies();
        driver.get(url(page));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains(page));
    }

    /** Waits for the page's current load (each search sets data-loaded to false, then true when shown). */
    private void waitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private WebElement error() {
        return driver.findElement(By.id("error"));
    }

    private WebElement button(String id) {
        return driver.findElement(By.id(id));
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#events tbody tr"));
    }

    private List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private boolean markupRan() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (NoAlertPresentException e) {
            Number images = (Number) ((JavascriptExecutor) driver)
                    .executeScript("return Array.prototype.filter.call(document.images, function (i) {"
                            + " return i.getAttribute('src') === 'x'; }).length;");
            return images.intValue() > 0;
        }
    }

    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon"))
                .toList();
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((username + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Authorization", "Basic " + basic)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
