package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.kernel.Ids;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The staff volunteer page in headless Chromium, signed in as the canteen's manager: registers a volunteer through
 * the form, is refused (with the server's own words) an edit with no name and no boxes, sets a weekly schedule on the
 * grid, gives a phone login, pauses and filters, and records a released lunch that another volunteer then takes. Each
 * change is checked behind the page: through the REST API, and for duty through the registry's {@code onDuty}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteersPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1000);

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @Autowired
    VolunteerRegistry registry;

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void managerKeepsTheRegistryTheWeeklyScheduleAndReleasedShifts() throws IOException {
        DeliveryWorld.Scenario scenario = world.scenario(0);
        long canteen = scenario.canteen().id();
        DeliveryWorld.VolunteerLogin wang = world.volunteer(scenario, "王志愿", 6, TransportMode.E_BIKE);
        VolunteerView li = registry.register(
                canteen,
                new NewVolunteer("李接替", "13700005678", EnumSet.of(MealPeriod.LUNCH), 4, TransportMode.ON_FOOT, false),
                scenario.manager());
        String manager = world.login(Role.CANTEEN_MANAGER, canteen);
        Api api = new Api(new Http(port), manager, canteen);

        browser().get("http://localhost:" + port + "/volunteers.html");
        chromium.signIn(manager, DeliveryWorld.PASSWORD);
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.volunteer"), 2));
        assertThat(fact(wang.id(), "phone")).isEqualTo("137****1234");
        assertThat(fact(wang.id(), "transport")).contains("电动车");
        assertThat(fact(wang.id(), "boxes")).contains("6");
        assertThat(fact(wang.id(), "periods")).contains("午餐");
        assertThat(fact(wang.id(), "login")).startsWith("vol");
        assertThat(fact(li.id(), "login")).contains("未开通");

        // register through the form
        tap(By.id("register"));
        WebElement form = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("volunteer-form")));
        form.findElement(By.name("name")).sendKeys("赵新来");
        form.findElement(By.name("phone")).sendKeys("13912345678");
        form.findElement(By.cssSelector("input[name=periods][value=LUNCH]")).click();
        form.findElement(By.cssSelector("input[name=periods][value=DINNER]")).click();
        form.findElement(By.name("boxCapacity")).sendKeys("5");
        form.findElement(By.cssSelector("input[name=transport][value=E_BIKE]")).click();
        save(form);
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.volunteer"), 3));
        JsonNode zhao = api.volunteerNamed("赵新来");
        long zhaoId = zhao.get("id").asLong();
        assertThat(zhao.get("maskedPhone").asString()).isEqualTo("139****5678");
        assertThat(zhao.get("boxCapacity").asInt()).isEqualTo(5);
        assertThat(zhao.get("transport").asString()).isEqualTo("E_BIKE");
        assertThat(names(zhao.get("periods"))).containsExactlyInAnyOrder("LUNCH", "DINNER");
        assertThat(zhao.get("active").asBoolean()).isTrue();
        assertThat(fact(zhaoId, "boxes")).contains("5");

        // no name and no boxes: the server's problem shows in the dialog and nothing changes
        tap(action(zhaoId, "edit"));
        form = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("volunteer-form")));
        form.findElement(By.name("name")).clear();
        form.findElement(By.name("boxCapacity")).clear();
        form.findElement(By.name("boxCapacity")).sendKeys("0");
        save(form);
        WebElement problem =
                waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#volunteer-form .message")));
        assertThat(problem.getText())
                .contains("提交的内容有误")
                .contains("The request has invalid fields")
                .contains("VALIDATION_FAILED");
        assertThat(form.findElement(By.cssSelector(".field-error[data-for=name]"))
                        .isDisplayed())
                .isTrue();
        assertThat(form.findElement(By.cssSelector(".field-error[data-for=boxCapacity]"))
                        .isDisplayed())
                .isTrue();
        assertThat(form.isDisplayed()).as("the dialog stays open").isTrue();
        JsonNode unchanged = api.volunteer(zhaoId);
        assertThat(unchanged.get("name").asString()).isEqualTo("赵新来");
        assertThat(unchanged.get("boxCapacity").asInt()).isEqualTo(5);

        // corrected, with the phone left empty: the number is kept
        form.findElement(By.name("name")).sendKeys("赵新来");
        form.findElement(By.name("boxCapacity")).clear();
        form.findElement(By.name("boxCapacity")).sendKeys("8");
        save(form);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(factOf(zhaoId, "boxes"), "8"));
        JsonNode edited = api.volunteer(zhaoId);
        assertThat(edited.get("boxCapacity").asInt()).isEqualTo(8);
        assertThat(edited.get("maskedPhone").asString()).isEqualTo("139****5678");

        // the weekly grid: Monday dinner and Wednesday lunch
        tap(action(zhaoId, "schedule"));
        WebElement grid = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("schedule-form")));
        assertThat(grid.findElement(shift(1, "BREAKFAST")).isEnabled())
                .as("not a meal this volunteer does")
                .isFalse();
        grid.findElement(shift(1, "DINNER")).click();
        grid.findElement(shift(3, "LUNCH")).click();
        save(grid);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(factOf(zhaoId, "schedule"), "晚餐 Dinner：周一 · Mon"));
        assertThat(names(api.volunteer(zhaoId).get("weeklySchedule"), "period")).containsExactly("DINNER", "LUNCH");
        LocalDate monday = world.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate wednesday = world.today().with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        assertThat(onDuty(canteen, monday, MealPeriod.DINNER)).contains(zhaoId);
        assertThat(onDuty(canteen, wednesday, MealPeriod.LUNCH)).contains(zhaoId);
        assertThat(onDuty(canteen, monday, MealPeriod.LUNCH)).doesNotContain(zhaoId);

        // a phone login
        String username = "zhao" + Ids.next();
        tap(action(zhaoId, "login"));
        WebElement login = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
        login.findElement(By.name("username")).sendKeys(username);
        login.findElement(By.name("password")).sendKeys("first-pass-1");
        save(login);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(factOf(zhaoId, "login"), username));
        assertThat(api.volunteer(zhaoId).get("username").asString()).isEqualTo(username);

        // paused: off duty, and the filter tells the two apart
        tap(action(zhaoId, "pause"));
        waitUntil(ExpectedConditions.attributeToBe(card(zhaoId), "data-active", "false"));
        assertThat(api.volunteer(zhaoId).get("active").asBoolean()).isFalse();
        assertThat(onDuty(canteen, monday, MealPeriod.DINNER)).doesNotContain(zhaoId);
        tap(By.cssSelector(".filter[data-filter=PAUSED]"));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.volunteer"), 1));
        assertThat(browser().findElement(By.cssSelector("article.volunteer")).getAttribute("data-volunteer-id"))
                .isEqualTo(String.valueOf(zhaoId));
        tap(By.cssSelector(".filter[data-filter=ACTIVE]"));
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector("article.volunteer"), 2));
        assertThat(browser().findElements(card(zhaoId))).isEmpty();
        tap(By.cssSelector(".filter[data-filter=ALL]"));
        tap(action(zhaoId, "activate"));
        waitUntil(ExpectedConditions.attributeToBe(card(zhaoId), "data-active", "true"));
        assertThat(api.volunteer(zhaoId).get("active").asBoolean()).isTrue();

        // Wang releases tomorrow's lunch and Li is assigned to it
        LocalDate tomorrow = world.today().plusDays(1);
        tap(action(wang.id(), "release"));
        WebElement release = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("release-form")));
        new Select(release.findElement(By.name("shift"))).selectByValue(tomorrow + "|LUNCH");
        save(release);
        By open = By.cssSelector("article.substitution.open[data-volunteer-id='" + wang.id() + "']");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(open));
        assertThat(browser().findElement(open).getText())
                .contains(tomorrow.toString())
                .contains("午餐");
        new Select(browser().findElement(open).findElement(By.name("substitute")))
                .selectByValue(String.valueOf(li.id()));
        tap(By.cssSelector("article.substitution.open[data-volunteer-id='" + wang.id() + "'] [data-action=assign]"));
        WebElement taken = waitUntil(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("article.substitution.taken[data-volunteer-id='" + wang.id() + "']")));
        assertThat(taken.getText()).contains("李接替");
        JsonNode substitution =
                api.get("/api/canteens/" + canteen + "/substitutions").get(0);
        assertThat(substitution.get("volunteerId").asLong()).isEqualTo(wang.id());
        assertThat(substitution.get("serviceDate").asString()).isEqualTo(tomorrow.toString());
        assertThat(substitution.get("substituteId").asLong()).isEqualTo(li.id());
        assertThat(onDuty(canteen, tomorrow, MealPeriod.LUNCH))
                .contains(li.id())
                .doesNotContain(wang.id());
        assertThat(browser().findElement(By.id("message")).getText()).startsWith("已保存");
        ((JavascriptExecutor) browser()).executeScript("window.scrollTo(0, 0)");
        chromium.screenshot("volunteers-page.png");
    }

    private List<Long> onDuty(long canteen, LocalDate date, MealPeriod period) {
        return registry.onDuty(canteen, date, period).stream()
                .map(Volunteer::id)
                .toList();
    }

    private static By card(long volunteerId) {
        return By.cssSelector("article.volunteer[data-volunteer-id='" + volunteerId + "']");
    }

    private static By action(long volunteerId, String action) {
        return By.cssSelector(
                "article.volunteer[data-volunteer-id='" + volunteerId + "'] [data-action=" + action + "]");
    }

    private static By factOf(long volunteerId, String fact) {
        return By.cssSelector("article.volunteer[data-volunteer-id='" + volunteerId + "'] [data-fact=" + fact + "] dd");
    }

    private static By shift(int dayOfWeek, String period) {
        return By.cssSelector("input[data-day='" + dayOfWeek + "'][data-period=" + period + "]");
    }

    private String fact(long volunteerId, String fact) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(factOf(volunteerId, fact)))
                .getText();
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asString)
                .toList();
    }

    private static List<String> names(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> node.get(field).asString())
                .toList();
    }

    /** Clicks once the element is there and enabled, finding it afresh if the list was redrawn in between. */
    private void tap(By target) {
        waitUntil(driver -> {
            WebElement element = driver.findElement(target);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Presses the dialog's own save button, as staff do. */
    private static void save(WebElement form) {
        form.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private <T> T waitUntil(ExpectedCondition<T> condition) {
        // every change reloads and redraws the list, so an element found a moment ago may be replaced
        return chromium.waitUpTo(WAIT).until(condition);
    }

    /** The registry as the REST API answers it to the manager, behind the page's back. */
    private record Api(Http http, String manager, long canteen) {

        JsonNode get(String path) {
            Http.Answer answer = http.get(path, manager, DeliveryWorld.PASSWORD);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            return answer.json();
        }

        JsonNode volunteer(long id) {
            return StreamSupport.stream(
                            get("/api/canteens/" + canteen + "/volunteers").spliterator(), false)
                    .filter(v -> v.get("id").asLong() == id)
                    .findFirst()
                    .orElseThrow();
        }

        JsonNode volunteerNamed(String name) {
            return StreamSupport.stream(
                            get("/api/canteens/" + canteen + "/volunteers").spliterator(), false)
                    .filter(v -> v.get("name").asString().equals(name))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static WebDriver browser() {
        return chromium.driver();
    }
}
