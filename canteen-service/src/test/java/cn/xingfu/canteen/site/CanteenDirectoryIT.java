package cn.xingfu.canteen.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CanteenDirectoryIT {

    @Autowired
    CanteenDirectory directory;

    @Test
    void registersACanteenWithItsMealWindows() {
        CanteenView created = SiteFixtures.aCanteen(directory);

        CanteenView read = directory.canteen(created.id());

        assertThat(read.districtCode()).isEqualTo("500116");
        assertThat(read.latitude()).isEqualTo(29.31);
        assertThat(read.meals()).extracting(MealWindow::period).containsExactly(MealPeriod.values());
        assertThat(read.meal(MealPeriod.LUNCH).orElseThrow().cutoffFor(Channel.DELIVERY))
                .isEqualTo(LocalTime.of(10, 0));
        assertThat(directory.all()).extracting(CanteenView::id).contains(created.id());
    }

    @Test
    void orderingDeadlineIsBeijingTimeOnTheServiceDate() {
        long id = SiteFixtures.aCanteen(directory).id();
        LocalDate date = LocalDate.of(2026, 12, 1);

        assertThat(directory.orderingDeadline(id, date, MealPeriod.LUNCH, Channel.DELIVERY))
                .isEqualTo(Instant.parse("2026-12-01T02:00:00Z"));
        assertThat(directory.orderingDeadline(id, date, MealPeriod.LUNCH, Channel.DINE_IN))
                .isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        assertThat(directory.orderingDeadline(id, date, MealPeriod.BREAKFAST, Channel.TAKEAWAY))
                .isEqualTo(Instant.parse("2026-12-01T00:30:00Z"));
    }

    @Test
    void currentPeriodIsTheNextMealWhoseServingHasNotEnded() {
        long id = SiteFixtures.aCanteen(directory).id();

        assertThat(directory.currentPeriod(id, beijing("05:00"))).contains(MealPeriod.BREAKFAST);
        assertThat(directory.currentPeriod(id, beijing("08:59"))).contains(MealPeriod.BREAKFAST);
        assertThat(directory.currentPeriod(id, beijing("09:00"))).contains(MealPeriod.LUNCH);
        assertThat(directory.currentPeriod(id, beijing("12:59"))).contains(MealPeriod.LUNCH);
        assertThat(directory.currentPeriod(id, beijing("13:00"))).contains(MealPeriod.DINNER);
        assertThat(directory.currentPeriod(id, beijing("19:00"))).isEmpty();
    }

    @Test
    void aChangedMealWindowIsVisibleAtOnceThroughTheCache() {
        long id = SiteFixtures.aCanteen(directory).id();
        directory.canteen(id);
        directory.all();

        directory.schedule(
                id,
                new MealWindow(
                        MealPeriod.LUNCH,
                        LocalTime.of(11, 30),
                        LocalTime.of(13, 30),
                        LocalTime.of(13, 0),
                        LocalTime.of(13, 0),
                        LocalTime.of(9, 30)));

        assertThat(directory.window(id, MealPeriod.LUNCH).deliveryCutoff()).isEqualTo(LocalTime.of(9, 30));
        assertThat(directory.all().stream()
                        .filter(c -> c.id() == id)
                        .findFirst()
                        .orElseThrow()
                        .meal(MealPeriod.LUNCH))
                .hasValueSatisfying(w -> assertThat(w.serveFrom()).isEqualTo(LocalTime.of(11, 30)));
    }

    @Test
    void refusesAWindowWhoseCutoffIsAfterServingEndsAndKeepsTheOldOne() {
        long id = SiteFixtures.aCanteen(directory).id();

        assertThatThrownBy(() -> directory.schedule(
                        id,
                        new MealWindow(
                                MealPeriod.DINNER,
                                LocalTime.of(17, 0),
                                LocalTime.of(19, 0),
                                LocalTime.of(19, 30),
                                LocalTime.of(18, 0),
                                LocalTime.of(16, 0))))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "INVALID_MEAL_WINDOW");

        assertThat(directory.window(id, MealPeriod.DINNER).dineInCutoff()).isEqualTo(LocalTime.of(18, 30));
    }

    @Test
    void unknownCanteensAndUnservedMealsAreNamed() {
        assertThatThrownBy(() -> directory.canteen(Ids.next()))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "CANTEEN_NOT_FOUND");
        long id = Ids.next();
        directory.register(new NewCanteen(
                id,
                "T" + id,
                "只供午餐",
                "几江街道",
                "500116",
                "地址",
                29.29,
                106.26,
                SiteFixtures.standardMeals().subList(1, 2)));
        assertThatThrownBy(() ->
                        directory.orderingDeadline(id, LocalDate.of(2026, 12, 1), MealPeriod.DINNER, Channel.DINE_IN))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "MEAL_NOT_SERVED");
        assertThat(directory.currentPeriod(id, beijing("14:00"))).isEmpty();
    }

    private static Instant beijing(String time) {
        return LocalDate.of(2026, 12, 1)
                .atTime(LocalTime.parse(time))
                .atZone(CanteenDirectory.ZONE)
                .toInstant();
    }
}
