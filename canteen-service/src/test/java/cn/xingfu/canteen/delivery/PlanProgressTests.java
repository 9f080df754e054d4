package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.support.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlanProgressTests {

    private static final Instant START = Instant.parse("2026-12-03T03:00:00Z");

    private final TestClock clock = new TestClock();
    private final PlanProgress progress = new PlanProgress(
            clock,
            new DeliveryProperties(
                    Duration.ofMinutes(45),
                    Duration.ofHours(2),
                    Duration.ofMinutes(3),
                    Duration.ofMinutes(5),
                    3,
                    1.4,
                    4,
                    15,
                    Duration.ofSeconds(20),
                    Duration.ofSeconds(5),
                    false));

    @Test
    void showsTheShareOfTheTimeLimitUsedBetweenOneAndNinetyNine() {
        DeliveryPlan plan = solving();
        progress.started(plan.id(), Duration.ofSeconds(20));

        assertThat(progress.percent(plan)).isEqualTo(1);
        clock.pin(START.plusSeconds(5));
        assertThat(progress.percent(plan)).isEqualTo(25);
        clock.pin(START.plusSeconds(60));
        assertThat(progress.percent(plan)).isEqualTo(99);
    }

    @Test
    void aPlanSolvingOnAnotherInstanceShowsItsShareFromTheStartKeptInItsRowAndAFinishedOneAHundred() {
        DeliveryPlan plan = solving();
        clock.pin(START.plusSeconds(10));

        assertThat(progress.percent(plan)).isEqualTo(50);
        assertThat(progress.score(plan)).isNull();

        plan.solved("0hard/-10soft", 600, 0, 0, START.plusSeconds(20));
        assertThat(progress.percent(plan)).isEqualTo(100);
    }

    @Test
    void theBestScoreSoFarWinsOverTheStoredOneUntilTheRunEnds() {
        DeliveryPlan plan = solving();
        progress.started(plan.id(), Duration.ofSeconds(20));

        progress.improved(plan.id(), "0hard/-500soft");
        assertThat(progress.score(plan)).isEqualTo("0hard/-500soft");

        plan.solved("0hard/-400soft", 600, 0, 0, START.plusSeconds(20));
        progress.ended(plan.id());
        assertThat(progress.score(plan)).isEqualTo("0hard/-400soft");
    }

    @Test
    void anImprovementAfterTheRunEndedIsIgnored() {
        DeliveryPlan plan = solving();
        progress.started(plan.id(), Duration.ofSeconds(20));
        progress.ended(plan.id());

        progress.improved(plan.id(), "0hard/-1soft");

        assertThat(progress.score(plan)).isNull();
    }

    private DeliveryPlan solving() {
        clock.pin(START);
        DeliveryPlan plan = new DeliveryPlan(42, 1, LocalDate.of(2026, 12, 3), MealPeriod.LUNCH);
        plan.startSolving(START);
        return plan;
    }
}
