package cn.xingfu.care.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestCareUnits;
import cn.xingfu.kernel.security.CspProbe;
import cn.xingfu.kernel.security.SignIn;
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
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Every static page of the care service in headless Chromium, signed in as a facility manager, under the real
 * Content-Security-Policy: the browser refuses nothing, and the header's style-src has no 'unsafe-inline'. The pages
 * are the .html files under static/, read at test time, so a new page is covered without touching this test. Swagger
 * UI keeps its own policy and still renders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestAccounts.class, CareFixtures.class, TestCareUnits.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyBrowserIT {

    private static final Path[] STATIC = {
        Path.of("src/main/resources/static"), Path.of("../canteen-service/src/kernel/resources/static")
    };

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    Clock clock;

    WebDriver driver;
    Path profile;
    CspProbe csp;
    String manager;

    @BeforeAll
    void aFacilityAndABrowser() throws IOException {
        // a facility with an occupied and a vacant bed, so the dashboard draws its tables and charts
        FacilityView home = fixtures.facility();
        BedView bed = fixtures.bed(home.id(), BedType.STANDARD);
        fixtures.bed(home.id(), BedType.COGNITIVE_CARE);
        fixtures.admitted(
                fixtures.resident(home.id()).id(),
                bed.id(),
                LocalDate.now(clock).minusDays(30));
        manager = accounts.manager(home.id()).actor().username();

        profile = Files.createTempDirectory("care-csp-chrome");
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
        // the console too: Chromium logs each CSP refusal there as well
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
        csp = CspProbe.install(driver);
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
    void everyPageRendersWithoutAContentSecurityPolicyRefusal() {
        List<String> pages = CspProbe.pagesUnder(STATIC);
        assertThat(pages).contains("/login.html", "/dashboard.html");
        Map<String, List<String>> refused = new LinkedHashMap<>();
        csp.consoleRefusals();
        for (String page : pages) {
            driver.manage().deleteAllCookies();
            driver.get(url(page));
            if (!page.equals("/login.html")) {
                // the sign-in form comes first: it is checked on its way, then the page itself
                csp.awaitSettled(Duration.ofSeconds(20));
                record(refused, page + " (sign-in)", csp.violations());
                signIn();
                assertThat(driver.getCurrentUrl()).contains(page);
            }
            csp.awaitSettled(Duration.ofSeconds(30));
            record(refused, page, csp.violations());
            record(refused, page + " (console)", csp.consoleRefusals());
        }
        assertThat(refused).as("Content-Security-Policy refusals by page").isEmpty();
    }

    @Test
    void theHeaderAllowsStylesFromTheServiceOnly() throws Exception {
        for (String page : CspProbe.pagesUnder(STATIC)) {
            HttpResponse<String> answer = get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().allValues("Content-Security-Policy"))
                    .as(page)
                    .singleElement()
                    .satisfies(policy -> assertThat(CspProbe.styleSrc(policy)).isEqualTo("style-src 'self'"));
        }
        assertThat(SignIn.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline");
    }

    @Test
    void swaggerUiKeepsItsOwnPolicyAndStillRenders() throws Exception {
        HttpResponse<String> index = get("/swagger-ui/index.html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(
                        policy -> assertThat(CspProbe.styleSrc(policy)).isEqualTo("style-src 'self' 'unsafe-inline'"))
                .satisfies(policy -> assertThat(policy).contains("script-src 'self';"));
        // springdoc builds the API document on its first request, which can take a while on a busy machine
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);

        driver.manage().deleteAllCookies();
        driver.get(url("/swagger-ui.html"));
        signIn();
        new WebDriverWait(driver, Duration.ofSeconds(90))
                .until(d ->
                        !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        assertThat(driver.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .isNotBlank();
        csp.awaitSettled(Duration.ofSeconds(20));
        assertThat(csp.violations()).isEmpty();
    }

    private void signIn() {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(manager);
        driver.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static void record(Map<String, List<String>> refused, String where, List<String> found) {
        if (!found.isEmpty()) {
            refused.put(where, found);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        String basic = Base64.getEncoder()
                .encodeToString((manager + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Basic " + basic)
                                .header("Accept", "text/html, application/json;q=0.9")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
