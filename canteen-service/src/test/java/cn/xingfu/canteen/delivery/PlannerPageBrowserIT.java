package cn.xingfu.canteen.delivery;

import static cn.xingfu.canteen.delivery.DeliveryWorld.round;
import static cn.xingfu.canteen.delivery.DeliveryWorld.stopIds;
import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.PageChecks;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium on a desk-sized window: delivery orders are placed, a staff member opens the
 * planner, starts planning and watches the progress, sees each volunteer's round in visiting order, moves a stop to
 * another round, swaps two rounds' volunteers, is told why an edit of a round picked up meanwhile is refused, and
 * marks a volunteer as a no-show. Each step is checked on the page and through the planner's own view.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlannerPageBrowserIT {

    private static final DateTimeFormatter HH_MM =
            DateTimeFormatter.ofPattern("HH:mm").withZone(DeliveryWorld.BEIJING);

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1400, 1500);

    private final WebDriver browser = chromium.driver();

    @LocalServerPort
    int port;

    @Autowired
    DeliveryWorld world;

    @Autowired
    RoundPlanning planning;

    @Autowired
    RouteDesk desk;

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void staffPlansMovesAStopSwapsVolunteersAndIsToldWhenAnEditIsRefused() throws IOException {
        DeliveryWorld.Scenario scenario = world.scenario(4);
        DeliveryWorld.VolunteerLogin zhang = world.volunteer(scenario, "张志愿", 2, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin li = world.volunteer(scenario, "李志愿", 2, TransportMode.ON_FOOT);
        String staff = world.staffLogin(scenario);
        WebDriverWait wait = chromium.waitUpTo(Duration.ofSeconds(15));

        // the planner opens on today's next meal (the clock stands at 09:00: lunch) and has no plan yet
        browser.get("http://localhost:" + port + "/planner.html");
        chromium.signIn(staff, DeliveryWorld.PASSWORD);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-state"), "还没有排线"));
        assertThat(browser.findElement(By.id("date")).getDomProperty("value"))
                .isEqualTo(world.today().toString());
        assertThat(new Select(browser.findElement(By.id("period")))
                        .getFirstSelectedOption()
                        .getDomProperty("value"))
                .isEqualTo("LUNCH");

        // start: the progress bar shows while the solver runs (watched closely: a small plan takes a second or two)
        browser.findElement(By.id("plan")).click();
        chromium.waitUpTo(Duration.ofSeconds(10), Duration.ofMillis(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("progress")));
        assertThat(browser.findElement(By.id("progress-text")).getText()).contains("规划中 Planning");
        chromium.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-status=PLANNED]")));
        assertThat(browser.findElement(By.id("progress")).isDisplayed()).isFalse();

        PlanView plan = planning.find(scenario.canteen().id(), world.today(), MealPeriod.LUNCH, scenario.staff());
        assertThat(plan).isNotNull();
        assertThat(plan.status()).isEqualTo(PlanStatus.PLANNED);
        assertThat(plan.rounds()).hasSize(2);
        assertThat(plan.unassigned()).isZero();
        for (PlanView.RoundView round : plan.rounds()) {
            WebElement card = card(round.roundId());
            assertThat(card.findElement(By.cssSelector(".volunteer")).getText()).isEqualTo(round.volunteerName());
            assertThat(shownStops(round.roundId())).containsExactlyElementsOf(stopIds(round));
            assertThat(card.findElements(By.cssSelector("li.stop .eta")).stream()
                            .map(WebElement::getText)
                            .toList())
                    .containsExactlyElementsOf(round.stops().stream()
                            .map(s -> "预计 ETA " + HH_MM.format(s.plannedArrival()))
                            .toList());
        }
        assertThat(browser.findElement(By.cssSelector("[data-total=unassigned]"))
                        .getText())
                .endsWith(": 0 份");
        // the solver's score in words, never as "[0]hard/[0/0/-33703]soft"
        assertThat(browser.findElement(By.cssSelector("[data-total=rules]")).getText())
                .contains("全部满足");
        assertThat(browser.findElement(By.id("state")).getText())
                .doesNotContain("hard")
                .doesNotContain("soft");
        assertThat(browser.findElement(By.cssSelector("[data-total=travel]")).getText())
                .contains(plan.travelMinutes() + " 分钟");
        assertThat(PageChecks.lowContrastButtons(browser, 4.5))
                .as("buttons below 4.5:1")
                .isEmpty();
        assertThat(browser.findElement(By.id("labels")).getDomAttribute("href"))
                .isEqualTo("/api/delivery/plans/" + plan.planId() + "/labels.pdf");
        chromium.screenshot("delivery-planner.png");

        // move the first stop of the fuller round to the front of the other round
        PlanView.RoundView a = plan.rounds().stream()
                .max(Comparator.comparingInt(r -> r.stops().size()))
                .orElseThrow();
        PlanView.RoundView b = plan.rounds().stream()
                .filter(r -> r.roundId() != a.roundId())
                .findFirst()
                .orElseThrow();
        Map<Long, DeliveryWorld.VolunteerLogin> logins = Map.of(zhang.id(), zhang, li.id(), li);
        DeliveryWorld.VolunteerLogin first = logins.get(a.volunteerId());
        DeliveryWorld.VolunteerLogin second = logins.get(b.volunteerId());
        long moved = a.stops().get(0).stopId();
        WebElement stop = stopItem(moved);
        new Select(stop.findElement(By.cssSelector("select.move-target"))).selectByValue(String.valueOf(b.roundId()));
        stop.findElement(By.cssSelector("input.move-position")).sendKeys("1");
        stop.findElement(By.cssSelector("button.move")).click();
        wait.until(d -> shownStops(b.roundId()).size() == b.stops().size() + 1);
        assertThat(shownStops(b.roundId()).get(0)).isEqualTo(moved);
        assertThat(shownStops(a.roundId())).doesNotContain(moved);
        PlanView afterMove = planning.view(plan.planId());
        assertThat(stopIds(round(afterMove, b.roundId())).get(0)).isEqualTo(moved);
        assertThat(round(afterMove, b.roundId()).stops().get(0).sequence()).isEqualTo(1);

        // swap the two rounds' volunteers
        new Select(browser.findElement(By.id("swap-a"))).selectByValue(String.valueOf(a.roundId()));
        new Select(browser.findElement(By.id("swap-b"))).selectByValue(String.valueOf(b.roundId()));
        browser.findElement(By.id("swap")).click();
        wait.until(ExpectedConditions.textToBe(
                By.cssSelector("section.round-card[data-round='" + a.roundId() + "'] .volunteer"), b.volunteerName()));
        assertThat(card(b.roundId()).findElement(By.cssSelector(".volunteer")).getText())
                .isEqualTo(a.volunteerName());
        PlanView afterSwap = planning.view(plan.planId());
        assertThat(round(afterSwap, a.roundId()).volunteerId()).isEqualTo(second.id());
        assertThat(round(afterSwap, b.roundId()).volunteerId()).isEqualTo(first.id());

        // the first volunteer now has round B and sets out with its first trip while the page still offers to
        // move the meal that has just left: the refusal is shown
        desk.pickUp(b.roundId(), first.actor());
        WebElement stale = stopItem(moved);
        new Select(stale.findElement(By.cssSelector("select.move-target"))).selectByValue(String.valueOf(a.roundId()));
        stale.findElement(By.cssSelector("button.move")).click();
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        wait.until(ExpectedConditions.textToBePresentInElement(message, "该餐已在配送途中"));
        assertThat(message.getText())
                .contains("This meal is already on its way")
                .contains("409");
        // the page reads the plan again: the round shows as picked up, its meals on their way can no longer move
        // and its volunteer can no longer be marked absent; meals of a later trip still in the kitchen can move
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("section.round-card[data-round='" + b.roundId() + "'] .round-status"), "已取餐"));
        assertThat(card(b.roundId()).findElements(By.cssSelector("button.no-show")))
                .isEmpty();
        PlanView out = planning.view(plan.planId());
        for (PlanView.StopView meal : round(out, b.roundId()).stops()) {
            assertThat(stopItem(meal.stopId()).findElements(By.cssSelector("button.move")))
                    .as("move button of a %s meal", meal.status())
                    .hasSize(meal.status() == StopStatus.WAITING ? 1 : 0);
        }
        assertThat(stopIds(round(planning.view(plan.planId()), b.roundId())))
                .as("the refused move changed nothing")
                .containsExactlyElementsOf(stopIds(round(afterSwap, b.roundId())));

        // the second volunteer does not come: confirm, watch re-planning; the one already out takes those meals on
        // later trips
        List<Long> absentStops = stopIds(round(afterSwap, a.roundId()));
        card(a.roundId()).findElement(By.cssSelector("button.no-show")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        chromium.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("section.round-card[data-round='" + a.roundId() + "'] .round-status"), "未到岗"));
        chromium.waitUpTo(Duration.ofSeconds(60))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-status=PLANNED]")));
        wait.until(d -> shownStops(b.roundId()).size() == 4);
        assertThat(shownStops(b.roundId())).containsAll(absentStops);
        PlanView replanned = planning.view(plan.planId());
        assertThat(replanned.unassigned()).isZero();
        assertThat(round(replanned, b.roundId()).stops())
                .filteredOn(s -> absentStops.contains(s.stopId()))
                .allSatisfy(s -> assertThat(s.trip()).isGreaterThan(1));
    }

    private WebElement card(long roundId) {
        return browser.findElement(By.cssSelector("section.round-card[data-round='" + roundId + "']"));
    }

    private WebElement stopItem(long stopId) {
        return browser.findElement(By.cssSelector("li.stop[data-stop='" + stopId + "']"));
    }

    private List<Long> shownStops(long roundId) {
        return card(roundId).findElements(By.cssSelector("li.stop")).stream()
                .map(li -> Long.valueOf(li.getDomAttribute("data-stop")))
                .toList();
    }
}
