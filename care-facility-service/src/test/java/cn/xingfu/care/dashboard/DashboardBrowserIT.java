package cn.xingfu.care.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.alert.AlertDesk;
import cn.xingfu.care.alert.AlertKind;
import cn.xingfu.care.alert.AlertView;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.caregiver.CaregiverLevel;
import cn.xingfu.care.caregiver.StaffRegistry;
import cn.xingfu.care.caregiver.StaffRole;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.rating.RatingRegistry;
import cn.xingfu.care.rating.RatingScheme;
import cn.xingfu.care.safety.ResidentSafety;
import cn.xingfu.care.safety.Risk;
import cn.xingfu.care.safety.RiskLevel;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestCareUnits;
import cn.xingfu.kernel.charts.ChartProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
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
 * The dashboard in real headless Chromium against the running app: what it shows matches the data, one part at a
 * time from the contents bar, names on one line, the uPlot charts drawn on their canvases with the API's numbers in
 * the tables below them, and stored text (a facility, a resident and a caregiver named
 * {@code <img src=x onerror=alert(1)>}) shown as text, never run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, CareFixtures.class, TestCareUnits.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

    static final String MARKUP = "<img src=x onerror=alert(1)>";
    /** The colours dashboard.js gives its series. */
    static final String GREEN = "#1c6b3a";

    static final String ORANGE = "#b35900";
    static final String BLUE = "#1f5fa8";
    static final String PURPLE = "#6a3d9a";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    StaffRegistry staff;

    @Autowired
    RatingRegistry ratings;

    @Autowired
    Clock clock;

    WebDriver driver;
    Path profile;
    FacilityView home;
    FacilityView second;
    BedView vacantCognitive;
    TestAccounts.Login manager;
    long wanderer;

    @Autowired
    ResidentSafety safety;

    @Autowired
    AlertDesk alertDesk;

    @BeforeAll
    void startBrowserAndSeed() throws IOException {
        LocalDate today = LocalDate.now(clock);
        TestAccounts.Login admin = accounts.admin();
        home = fixtures.facility();
        second = fixtures.facilityNamed(MARKUP + "养老院", "测试区-" + System.nanoTime() % 100_000_000);
        for (int i = 0; i < 4; i++) {
            BedView bed = fixtures.bed(home.id(), BedType.STANDARD);
            if (i < 3) {
                fixtures.admitted(fixtures.resident(home.id()).id(), bed.id(), today.minusDays(40 + 20L * i));
            }
        }
        vacantCognitive = fixtures.bed(home.id(), BedType.COGNITIVE_CARE);
        for (int i = 0; i < 2; i++) {
            BedView bed = fixtures.bed(second.id(), BedType.STANDARD);
            long resident = (i == 0
                            ? fixtures.resident(second.id(), MARKUP + "老人", LocalDate.of(1940, 5, 6))
                            : fixtures.resident(second.id()))
                    .id();
            fixtures.admitted(resident, bed.id(), today.minusDays(70));
        }
        register(admin, home, "赵春燕", CaregiverLevel.LEVEL_1, null);
        register(admin, home, "钱秋菊", CaregiverLevel.LEVEL_4, today.plusDays(25));
        register(admin, home, "孙夏荷", null, null);
        register(admin, second, "李冬梅", CaregiverLevel.LEVEL_5, today.plusDays(75));
        register(admin, second, MARKUP + "护理员", null, null);
        ratings.record(admin.actor(), home.id(), rating(RatingScheme.STAR, 5, today));
        ratings.record(admin.actor(), home.id(), rating(RatingScheme.LEAF, 5, today));
        ratings.record(admin.actor(), second.id(), rating(RatingScheme.STAR, 3, today));
        manager = accounts.manager(home.id(), second.id());
        // a resident at risk of wandering passes the gate: an open alert naming her (stored markup, shown as text)
        BedView gateBed = fixtures.bed(second.id(), BedType.STANDARD);
        wanderer = fixtures.resident(second.id(), MARKUP + "走失", LocalDate.of(1938, 2, 3))
                .id();
        fixtures.admitted(wanderer, gateBed.id(), today.minusDays(10));
        safety.assess(
                manager.actor(),
                wanderer,
                new ResidentSafety.NewRiskAssessment(
                        Risk.WANDERING, RiskLevel.HIGH, "定位手环、门禁", today.minusDays(9), "王护士长"));
        safety.exitEvent(manager.actor(), wanderer, "南门", null);

        profile = Files.createTempDirectory("care-dashboard-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--user-data-dir=" + profile);
        // the browser console, to name the cause when a part of the page stays empty (a CSP refusal, a script error)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 1000));
        signIn();
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

    private void register(
            TestAccounts.Login admin, FacilityView facility, String name, CaregiverLevel level, LocalDate until) {
        long id = staff.register(
                        admin.actor(), facility.id(), new StaffRegistry.NewStaff(name, null, StaffRole.CAREGIVER, null))
                .id();
        if (level != null) {
            staff.addCertificate(
                    admin.actor(),
                    id,
                    new StaffRegistry.NewCertificate(
                            level, "B" + System.nanoTime(), "重庆市职业技能鉴定指导中心", LocalDate.of(2023, 5, 1), until, 160));
        }
    }

    private static RatingRegistry.NewRating rating(RatingScheme scheme, int level, LocalDate today) {
        return new RatingRegistry.NewRating(
                scheme, level, "重庆市养老机构评定委员会", today.minusMonths(6), today.plusMonths(30), "GB/T 37276-2018");
    }

    private void signIn() {
        driver.get("http://localhost:" + port + "/dashboard.html");
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(manager.actor().username());
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitLoaded();
    }

    private void waitLoaded() {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-loaded")));
    }

    private List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<WebElement> rows(String table) {
        return driver.findElements(By.cssSelector(table + " tbody tr"));
    }

    /** Opens a part of the dashboard from the contents bar; only its sections are then shown. */
    private void show(String tab) {
        driver.findElement(By.cssSelector("#toc a[data-tab=" + tab + "]")).click();
        assertThat(driver.findElement(By.tagName("body")).getDomAttribute("data-tab"))
                .isEqualTo(tab);
        for (WebElement section : driver.findElements(By.cssSelector("main > section[data-tab]"))) {
            assertThat(section.isDisplayed())
                    .as(section.getDomAttribute("id"))
                    .isEqualTo(tab.equals(section.getDomAttribute("data-tab")));
        }
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

    @Test
    void storedMarkupIsShownAsTextInEveryPart() {
        for (String tab :
                List.of("district", "occupancy", "vacancy", "caregivers", "ratings", "assessments", "safety")) {
            show(tab);
            assertThat(markupRan()).as("markup ran in " + tab).isFalse();
        }
        show("occupancy");
        // the chart's tooltip names the facility: hovering must not turn the name into markup either
        WebElement chart = driver.findElement(By.id("chart-occupancy"));
        new Actions(driver)
                .moveToElement(chart, chart.getSize().width / 3 - chart.getSize().width / 2, 0)
                .perform();
        new Actions(driver).moveToElement(chart).perform();
        assertThat(markupRan()).as("markup ran in a chart tooltip").isFalse();
        assertThat(driver.findElement(By.id("occupancy-table")).getText()).contains(MARKUP + "养老院");
        // the chart draws the name on its canvas; its numbers table shows it as text
        assertThat(new ChartProbe(driver).numbers("chart-occupancy"))
                .extracting(r -> r.get(0))
                .contains(MARKUP + "养老院");
        show("caregivers");
        assertThat(driver.findElement(By.id("certification-table")).getText()).contains(MARKUP + "护理员");
        show("assessments");
        assertThat(driver.findElement(By.id("assessment-table")).getText()).contains(MARKUP + "老人");
        assertThat(driver.findElement(By.id("facility")).getText()).contains(MARKUP + "养老院");
    }

    @Test
    void threeCharacterNamesStayOnOneLine() {
        show("caregivers");
        List<WebElement> names = driver.findElements(By.cssSelector("#expiry-table tbody td:first-child"));
        assertThat(names).isNotEmpty();
        for (WebElement cell : names) {
            Number lines = (Number) ((JavascriptExecutor) driver)
                    .executeScript(
                            "var s = getComputedStyle(arguments[0]); var range = document.createRange();"
                                    + " range.selectNodeContents(arguments[0]);"
                                    + " return range.getClientRects().length;",
                            cell);
            assertThat(lines.intValue()).as(cell.getText()).isEqualTo(1);
        }
    }

    @Test
    void occupancyShownMatchesTheBedsAndResidents() {
        assertThat(driver.findElement(By.id("error")).isDisplayed())
                .as(driver.findElement(By.id("error")).getText())
                .isFalse();
        show("district");
        assertThat(driver.findElement(By.id("card-facilities")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("card-beds-STANDARD")).getText()).isEqualTo("7");
        show("occupancy");
        List<List<String>> shown =
                rows("#occupancy-table").stream().map(this::cells).toList();
        assertThat(shown).extracting(c -> c.get(0)).containsOnly(home.name(), second.name());
        assertThat(shown)
                .contains(
                        List.of(home.name(), "普通床位", "4", "3", "0", "1", "0", "75.0%"),
                        List.of(home.name(), "认知障碍照护床位", "1", "0", "0", "1", "0", "0.0%"),
                        List.of(second.name(), "普通床位", "3", "3", "0", "0", "0", "100.0%"));
    }

    @Test
    void theChartsAreDrawnWithTheNumbersOfTheApi() {
        ChartProbe charts = new ChartProbe(driver);
        show("occupancy");
        // one stacked bar per facility (home-care beds aside), its numbers those of GET /api/dashboard/occupancy
        Map<Long, List<String>> byFacility = new LinkedHashMap<>();
        Map<Long, long[]> sums = new LinkedHashMap<>();
        for (JsonNode r : api("/api/dashboard/occupancy")) {
            long id = r.get("facilityId").asLong();
            byFacility.putIfAbsent(
                    id, new ArrayList<>(List.of(r.get("facilityName").asString())));
            long[] s = sums.computeIfAbsent(id, k -> new long[3]);
            if (!"HOME_CARE".equals(r.get("bedType").asString())) {
                s[0] += r.get("occupied").asLong();
                s[1] += r.get("reserved").asLong();
                s[2] += r.get("vacant").asLong();
            }
        }
        List<List<String>> expected = new ArrayList<>();
        byFacility.forEach((id, name) -> {
            long[] s = sums.get(id);
            expected.add(List.of(name.get(0), "" + s[0], "" + s[1], "" + s[2], "" + (s[0] + s[1] + s[2])));
        });
        assertThat(charts.numbers("chart-occupancy")).isEqualTo(expected);
        assertThat(charts.numbers("chart-occupancy"))
                .contains(List.of(home.name(), "3", "0", "2", "5"), List.of(second.name(), "3", "0", "0", "3"));
        assertThat(charts.headings("chart-occupancy")).containsExactly("机构", "在住", "预留", "空床", "合计");
        ChartProbe.Canvas occupancy = charts.canvas("chart-occupancy");
        assertThat(occupancy.drawn()).as(occupancy.toString()).isTrue();
        // drawn while its part was hidden (640 px), fitted to the full-width part once shown
        assertThat(occupancy.cssWidth()).as(occupancy.toString()).isGreaterThan(900);
        assertThat(charts.pixelsOf("chart-occupancy", GREEN)).as("occupied").isPositive();
        assertThat(charts.pixelsOf("chart-occupancy", BLUE)).as("vacant").isPositive();
        assertThat(charts.pixelsOf("chart-occupancy", ORANGE))
                .as("no bed reserved")
                .isZero();
        screenshot("care-dashboard-occupancy.png");

        // occupancy month by month: the rate of GET /api/dashboard/occupancy/history, one row per month
        Map<String, long[]> rates = new LinkedHashMap<>();
        for (JsonNode p : api("/api/dashboard/occupancy/history")) {
            String type = p.path("bedType").isNull() || p.path("bedType").isMissingNode()
                    ? "ALL"
                    : p.get("bedType").asString();
            int column = List.of("STANDARD", "COGNITIVE_CARE", "ALL").indexOf(type);
            if (column < 0) {
                continue;
            }
            long[] days = rates.computeIfAbsent(p.get("month").asString(), m -> new long[6]);
            days[2 * column] += p.get("occupiedBedDays").asLong();
            days[2 * column + 1] += p.get("availableBedDays").asLong();
        }
        List<List<String>> months = new ArrayList<>();
        rates.forEach((month, days) -> {
            List<String> row = new ArrayList<>(List.of(month));
            for (int c = 0; c < 3; c++) {
                row.add(
                        days[2 * c + 1] == 0
                                ? "–"
                                : String.format(
                                        Locale.ROOT,
                                        "%.1f%%",
                                        Math.round(days[2 * c] * 1000.0 / days[2 * c + 1]) / 10.0));
            }
            months.add(row);
        });
        assertThat(months).isNotEmpty();
        assertThat(charts.numbers("chart-history")).isEqualTo(months);
        assertThat(charts.canvas("chart-history").drawn()).isTrue();
        assertThat(charts.pixelsOf("chart-history", PURPLE)).as("all beds").isPositive();

        // the district's facilities by star and leaf level, side by side
        show("district");
        assertThat(charts.numbers("chart-stars"))
                .containsExactly(
                        List.of("5 级", "1", "1"),
                        List.of("4 级", "0", "0"),
                        List.of("3 级", "1", "0"),
                        List.of("2 级", "0", "0"),
                        List.of("1 级", "0", "0"),
                        List.of("未评级", "0", "1"));
        assertThat(charts.canvas("chart-stars").drawn()).isTrue();
        assertThat(charts.pixelsOf("chart-stars", ORANGE)).as("stars").isPositive();
        assertThat(charts.pixelsOf("chart-stars", GREEN)).as("leaves").isPositive();
        assertThat(consoleErrors()).isEmpty();
    }

    private void screenshot(String name) {
        try {
            Path screenshot = Path.of("..", "docs", "screenshots", name);
            Files.createDirectories(screenshot.getParent());
            Path taken =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, screenshot, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An API answer as the signed-in page gets it (its session, its cookies). */
    private JsonNode api(String path) {
        Object body = ((JavascriptExecutor) driver)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + " fetch(arguments[0], {credentials: 'same-origin', headers: {Accept: 'application/json'}})"
                                + ".then(function (r) { return r.text(); }).then(done, function (e) { done('ERROR ' + e); });",
                        path);
        return JsonMapper.builder().build().readTree(String.valueOf(body));
    }

    @Test
    void theFinderFindsTheVacantCognitiveCareBed() {
        show("vacancy");
        driver.findElement(By.id("vacancy-find")).click();
        // the table is drawn again when the answer arrives: wait for the answer, and read rows that stay put
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.until(d -> d.findElement(By.id("vacancy-result")).getText().equals("找到 1 张空床"));
        List<String> found = wait.until(d -> {
            List<WebElement> rows = rows("#vacancy-table");
            if (rows.size() != 1) {
                return null;
            }
            List<String> row = new java.util.ArrayList<>(cells(rows.get(0)));
            row.add(0, rows.get(0).getDomAttribute("data-bed-id"));
            return row;
        });
        assertThat(found.get(0)).isEqualTo(String.valueOf(vacantCognitive.id()));
        assertThat(found).contains(home.name(), "认知障碍照护床位", vacantCognitive.label());
    }

    @Test
    void expiringCertificatesAndTheUncertifiedCaregiverAppear() throws IOException {
        show("caregivers");
        List<List<String>> alerts =
                rows("#expiry-table").stream().map(this::cells).toList();
        assertThat(alerts).anySatisfy(a -> assertThat(a).contains("钱秋菊", home.name(), "养老护理员证书", "25", "30天内到期"));
        assertThat(alerts).anySatisfy(a -> assertThat(a).contains("李冬梅", "75", "90天内到期"));
        List<List<String>> certification =
                rows("#certification-table").stream().map(this::cells).toList();
        assertThat(certification)
                .anySatisfy(c -> assertThat(c).containsSequence(home.name(), "3", "2", "66.6%", "未达标", "孙夏荷"));
        Path screenshot = Path.of("..", "docs", "screenshots", "care-dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, screenshot, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(screenshot)).isGreaterThan(20_000);
        show("ratings");
        List<List<String>> rated =
                rows("#ratings-table").stream().map(this::cells).toList();
        assertThat(rated).anySatisfy(r -> assertThat(r).contains(home.name(), "五星", "五叶"));
        // five residents admitted, none assessed under GB/T 42195-2022 yet
        show("assessments");
        assertThat(rows("#assessment-table")).hasSize(6);
        assertThat(cells(rows("#assessment-table").get(0))).contains("从未");
    }

    @Test
    void theEnglishSwitchTranslatesThePage() {
        show("occupancy");
        driver.findElement(By.id("lang-switch")).click();
        try {
            assertThat(driver.findElement(By.cssSelector("#occupancy h2")).getText())
                    .isEqualTo("Occupancy now");
            assertThat(driver.findElement(By.cssSelector("#toc a[data-tab=caregivers]"))
                            .getText())
                    .isEqualTo("Caregivers");
            assertThat(rows("#occupancy-table").stream().map(this::cells).toList())
                    .anySatisfy(c -> assertThat(c).contains("Cognitive care"));
            // the charts are drawn again in English: caption, legend and table
            assertThat(driver.findElement(By.cssSelector("#chart-occupancy .xf-title"))
                            .getText())
                    .isEqualTo("Beds by facility (home-care beds not included)");
            assertThat(new ChartProbe(driver).headings("chart-occupancy"))
                    .containsExactly("Facility", "Occupied", "Reserved", "Vacant", "Total");
            assertThat(new ChartProbe(driver).canvas("chart-occupancy").drawn()).isTrue();
        } finally {
            driver.findElement(By.id("lang-switch")).click();
        }
        assertThat(driver.findElement(By.cssSelector("#occupancy h2")).getText())
                .isEqualTo("当前入住情况");
    }

    /** What the browser console said at level SEVERE (script errors, Content-Security-Policy refusals). */
    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon"))
                .toList();
    }

    @Test
    void theSafetyTabShowsAlertsRaisedSinceThePageLoadedAndAcknowledgesOne() {
        show("district");
        // while the page is open, a dementia-unit night shift is found without a caregiver: an open staffing alert
        AlertView staffingAlert = alertDesk.raise(
                home.id(),
                AlertKind.STAFFING,
                "staffing:browser-test:" + System.nanoTime(),
                "认知障碍照护单元夜班无护理员",
                "No caregiver on the dementia unit's night shift");
        show("safety");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        By staffingRow = By.cssSelector("#alert-table tbody tr[data-alert-id='" + staffingAlert.id() + "']");
        List<String> shown = wait.until(d -> {
            List<WebElement> found = d.findElements(staffingRow);
            return found.isEmpty() ? null : cells(found.get(0));
        });
        assertThat(shown).contains("排班不足", home.name(), "认知障碍照护单元夜班无护理员");
        assertThat(driver.findElement(By.id("alert-none")).isDisplayed()).isFalse();
        // the wandering resident's exit is there too, her stored markup shown as text
        assertThat(driver.findElement(By.id("alert-table")).getText()).contains("走失风险出门", "南门");
        assertThat(markupRan()).isFalse();
        // five admitted residents of the home, none assessed for the nine GB 38600 risks: open tasks
        List<String> homeRow = wait.until(d -> rows("#safety-table").stream()
                .filter(r -> String.valueOf(home.id()).equals(r.getDomAttribute("data-facility-id")))
                .findFirst()
                .map(this::cells)
                .orElse(null));
        assertThat(homeRow.get(0)).isEqualTo(home.name());
        assertThat(Integer.parseInt(homeRow.get(1))).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(homeRow.get(2))).isPositive();
        assertThat(homeRow.get(3)).isEqualTo("3");

        driver.findElement(staffingRow)
                .findElement(By.cssSelector("button.ack"))
                .click();
        wait.until(d -> d.findElements(staffingRow).isEmpty());
        assertThat(alertDesk.open(manager.actor())).extracting(AlertView::id).doesNotContain(staffingAlert.id());
        assertThat(driver.findElement(By.id("error")).isDisplayed())
                .as(driver.findElement(By.id("error")).getText())
                .isFalse();
        assertThat(consoleErrors()).isEmpty();
    }
}
