package cn.xingfu.canteen.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.support.TestClock;
import cn.xingfu.kernel.DomainException;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A released shift is covered by exactly one other volunteer who is free for that meal, and only ahead of time. */
@SpringBootTest
class ShiftSubstitutionIT {

    @Autowired
    DeliveryWorld world;

    @Autowired
    VolunteerRegistry registry;

    @Autowired
    TestClock clock;

    @AfterEach
    void releaseClock() {
        world.release();
    }

    @Test
    void aReleasedShiftGoesToAFreeVolunteerOnceAndNeverAfterTheDay() {
        DeliveryWorld.Scenario scenario = world.scenario(1);
        // all three work lunch every day
        DeliveryWorld.VolunteerLogin away = world.volunteer(scenario, "让班甲", 4, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin busy = world.volunteer(scenario, "在岗乙", 4, TransportMode.E_BIKE);
        DeliveryWorld.VolunteerLogin free = world.volunteer(scenario, "空闲丙", 4, TransportMode.ON_FOOT);
        LocalDate tomorrow = world.today().plusDays(1);
        SubstitutionView released = registry.release(away.id(), tomorrow, MealPeriod.LUNCH, away.actor());
        long freeId = free.id();
        registry.release(freeId, tomorrow, MealPeriod.LUNCH, free.actor());

        // already delivering that meal: taking it would leave a round uncovered
        assertCode(() -> registry.take(released.id(), busy.id(), busy.actor()), "ALREADY_ON_DUTY");
        // a volunteer cannot take over their own release
        assertCode(() -> registry.take(released.id(), away.id(), away.actor()), "CANNOT_TAKE_OWN_SHIFT");

        // the free volunteer (who released their own lunch tomorrow) takes it; nobody can take it again
        SubstitutionView taken = registry.take(released.id(), freeId, free.actor());
        assertThat(taken.substituteId()).isEqualTo(freeId);
        assertThat(registry.onDuty(scenario.canteen().id(), tomorrow, MealPeriod.LUNCH))
                .extracting(Volunteer::id)
                .contains(busy.id(), freeId)
                .doesNotContain(away.id());
        assertCode(() -> registry.take(released.id(), busy.id(), busy.actor()), "SHIFT_ALREADY_TAKEN");

        // a release nobody took is closed once its day has passed
        SubstitutionView open = registry.release(busy.id(), tomorrow.plusDays(1), MealPeriod.LUNCH, busy.actor());
        clock.pin(clock.instant().plus(Duration.ofDays(3)));
        assertCode(() -> registry.take(open.id(), away.id(), away.actor()), "DATE_IN_PAST");
        assertThat(registry.onDuty(scenario.canteen().id(), tomorrow.plusDays(1), MealPeriod.LUNCH))
                .extracting(Volunteer::id)
                .doesNotContain(busy.id())
                .contains(away.id(), freeId);
    }

    private static void assertCode(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(code);
    }
}
