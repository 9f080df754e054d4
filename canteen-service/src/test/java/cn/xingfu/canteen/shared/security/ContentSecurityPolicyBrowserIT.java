package cn.xingfu.canteen.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.NewVolunteer;
import cn.xingfu.canteen.delivery.VolunteerRegistry;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.NewCanteen;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.kernel.Ids;
import cn.xingfu.kernel.security.CspProbe;
import cn.xingfu.kernel.security.SignIn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every static page of the canteen service in headless Chromium, signed in as a role that may see it, under the
 * real Content-Security-Policy: the browser refuses nothing (no style attribute, no inline style block, no inline
 * script), and the header's style-src has no 'unsafe-inline'. The pages are the .html files under static/, read at
 * test time, so a new page is covered without touching this test. Swagger UI keeps its own policy and still renders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentSecurityPolicyBrowserIT {

    private static final String PASSWORD = "csp-pages-1";
    private static final Path[] STATIC = {Path.of("src/main/resources/static"), Path.of("src/kernel/resources/static")};
    /** Pages only the district may use; volunteer.html is the volunteer's; every other page is a canteen's. */
    private static final Set<String> DISTRICT_PAGES =
            Set.of("/audit.html", "/district-figures.html", "/settlement.html", "/subsidy-policies.html");

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 900);

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    VolunteerRegistry volunteers;

    CanteenView canteen;
    String manager;
    String district;
    String volunteer;
    CspProbe csp;

    @BeforeAll
    void aCanteenAndItsPeople() {
        long id = Ids.next();
        canteen = canteens.register(new NewCanteen(
                id,
                "CSP" + id,
                "页面安全测试食堂" + id,
                "几江街道",
                String.valueOf(700000 + Math.floorMod(id, 99_999)),
                "几江街道测试路 9 号",
                29.2895,
                106.2596,
                SiteFixtures.standardMeals()));
        manager = login(Role.CANTEEN_MANAGER, canteen.id());
        district = login(Role.DISTRICT_ADMIN, null);
        Actor managerActor = accounts.findByUsername(manager).orElseThrow().toActor();
        long volunteerId = volunteers
                .register(
                        canteen.id(),
                        new NewVolunteer(
                                "页面志愿者", "13700005678", EnumSet.of(MealPeriod.LUNCH), 4, TransportMode.E_BIKE, false),
                        managerActor)
                .id();
        volunteer = "cspvol" + Ids.next();
        volunteers.createLogin(volunteerId, volunteer, PASSWORD, managerActor);
        csp = CspProbe.install(chromium.driver());
    }

    @Test
    void everyPageRendersWithoutAContentSecurityPolicyRefusal() {
        List<String> pages = CspProbe.pagesUnder(STATIC);
        assertThat(pages).contains("/login.html", "/kitchen.html", "/volunteer.html", "/district-figures.html");
        WebDriver browser = chromium.driver();
        Map<String, List<String>> refused = new LinkedHashMap<>();
        csp.consoleRefusals();
        for (String page : pages) {
            browser.manage().deleteAllCookies();
            browser.get(url(page + (page.equals("/login.html") ? "" : "?canteenId=" + canteen.id())));
            if (!page.equals("/login.html")) {
                // the sign-in form comes first: it is checked on its way, then the page itself
                csp.awaitSettled(Duration.ofSeconds(20));
                record(refused, page + " (sign-in)", csp.violations());
                chromium.signIn(whoMaySee(page), PASSWORD);
                assertThat(browser.getCurrentUrl()).contains(page);
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
            HttpResponse<String> answer = get(page, whoMaySee(page));
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
        HttpResponse<String> index = get("/swagger-ui/index.html", manager);
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(
                        policy -> assertThat(CspProbe.styleSrc(policy)).isEqualTo("style-src 'self' 'unsafe-inline'"))
                .satisfies(policy -> assertThat(policy).contains("script-src 'self';"));
        // springdoc builds the API document on its first request, which can take a while on a busy machine
        assertThat(get("/v3/api-docs", manager).statusCode()).isEqualTo(200);

        WebDriver browser = chromium.driver();
        browser.manage().deleteAllCookies();
        browser.get(url("/swagger-ui.html"));
        chromium.signIn(manager, PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(90))
                .until(d ->
                        !d.findElements(By.cssSelector(".swagger-ui .opblock")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .isNotBlank();
        csp.awaitSettled(Duration.ofSeconds(20));
        assertThat(csp.violations()).isEmpty();
    }

    private void record(Map<String, List<String>> refused, String where, List<String> found) {
        if (!found.isEmpty()) {
            refused.put(where, found);
        }
    }

    private String whoMaySee(String page) {
        if (DISTRICT_PAGES.contains(page)) {
            return district;
        }
        return page.equals("/volunteer.html") ? volunteer : manager;
    }

    private HttpResponse<String> get(String path, String username) throws Exception {
        String basic = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Authorization", "Basic " + basic)
                                .header("Accept", "text/html, application/json;q=0.9")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private String login(Role role, Long canteenId) {
        String username = role.name().toLowerCase() + "-csp-" + Ids.next();
        accounts.saveAndFlush(
                new Account(Ids.next(), username, encoder.encode(PASSWORD), "页面安全 " + role, role, canteenId));
        return username;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
