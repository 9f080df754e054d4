package cn.xingfu.care.homecare;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.assessment.AbilityGrade;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ActivityRulesTests {

    static final LocalDate ON = LocalDate.of(2026, 3, 3);
    static final Instant END_OF_DAY =
            ON.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().minusNanos(1000);
    static final Duration DAY = Duration.ofHours(24);
    static final AgreementView AGREEMENT =
            new AgreementView(1, 2, 3, 4, "JJ-1", ON.minusDays(10), ON.minusDays(10), ON.plusYears(1), null);
    static final ActivityRules.Assessment MODERATE =
            new ActivityRules.Assessment(ON.minusDays(2), AbilityGrade.MODERATE);
    static final ActivityRules.DeviceState FRESH =
            new ActivityRules.DeviceState(END_OF_DAY.minus(Duration.ofDays(5)), END_OF_DAY.minusSeconds(60));

    static ActivityRules.Facts facts(
            @Nullable AgreementView agreement,
            ActivityRules.@Nullable Assessment assessment,
            List<ActivityRules.DeviceState> devices,
            boolean inInstitution,
            @Nullable LocalDate deceasedOn) {
        return new ActivityRules.Facts(
                ON, END_OF_DAY, agreement, AbilityGrade.MODERATE, assessment, devices, DAY, inInstitution, deceasedOn);
    }

    static boolean met(BedActivity activity, String rule) {
        return activity.conditions().stream()
                .filter(c -> c.rule().equals(rule))
                .findFirst()
                .orElseThrow()
                .met();
    }

    @Test
    void isActiveWhenEveryConditionHolds() {
        BedActivity activity = ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH), false, null));
        assertThat(activity.active()).isTrue();
        assertThat(activity.conditions())
                .extracting(BedActivity.Condition::rule)
                .containsExactly("AGREEMENT", "ASSESSMENT", "DEVICES_ONLINE", "NOT_IN_INSTITUTION", "ALIVE");
    }

    @Test
    void withoutAnAgreementNothingIsKnownOfTheSenior() {
        BedActivity activity = ActivityRules.judge(9, facts(null, MODERATE, List.of(FRESH), false, null));
        assertThat(activity.active()).isFalse();
        assertThat(met(activity, "AGREEMENT")).isFalse();
        assertThat(met(activity, "NOT_IN_INSTITUTION")).isFalse();
        assertThat(met(activity, "ALIVE")).isFalse();
    }

    @Test
    void theGradeMustReachTheConfiguredMinimum() {
        var mild = new ActivityRules.Assessment(ON, AbilityGrade.MILD);
        var severe = new ActivityRules.Assessment(ON, AbilityGrade.SEVERE);
        assertThat(met(ActivityRules.judge(9, facts(AGREEMENT, mild, List.of(FRESH), false, null)), "ASSESSMENT"))
                .isFalse();
        assertThat(met(ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH), false, null)), "ASSESSMENT"))
                .isTrue();
        assertThat(met(ActivityRules.judge(9, facts(AGREEMENT, severe, List.of(FRESH), false, null)), "ASSESSMENT"))
                .isTrue();
        assertThat(met(ActivityRules.judge(9, facts(AGREEMENT, null, List.of(FRESH), false, null)), "ASSESSMENT"))
                .isFalse();
    }

    @Test
    void aDeviceIsOnlineUpToExactlyTheToleranceAfterItsLastHeartbeat() {
        Instant at = Instant.parse("2026-03-03T10:00:00Z");
        var installed = at.minus(Duration.ofDays(3));
        assertThat(ActivityRules.online(new ActivityRules.DeviceState(installed, at.minus(DAY)), at, DAY))
                .isTrue();
        assertThat(ActivityRules.online(
                        new ActivityRules.DeviceState(installed, at.minus(DAY).minusNanos(1000)), at, DAY))
                .isFalse();
        assertThat(ActivityRules.online(new ActivityRules.DeviceState(installed, null), at, DAY))
                .isFalse();
        // a heartbeat after the moment judged was not known then
        assertThat(ActivityRules.online(new ActivityRules.DeviceState(installed, at.plusSeconds(1)), at, DAY))
                .isFalse();
    }

    @Test
    void everyInstalledDeviceMustBeOnlineAndAtLeastOneInstalled() {
        var stale = new ActivityRules.DeviceState(
                END_OF_DAY.minus(Duration.ofDays(5)), END_OF_DAY.minus(Duration.ofHours(25)));
        var notYetInstalled = new ActivityRules.DeviceState(END_OF_DAY.plusSeconds(1), null);
        assertThat(met(
                        ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH, stale), false, null)),
                        "DEVICES_ONLINE"))
                .isFalse();
        assertThat(met(ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(), false, null)), "DEVICES_ONLINE"))
                .isFalse();
        // a device installed after the date did not exist then: it neither counts for nor against the bed
        assertThat(met(
                        ActivityRules.judge(
                                9, facts(AGREEMENT, MODERATE, List.of(FRESH, notYetInstalled), false, null)),
                        "DEVICES_ONLINE"))
                .isTrue();
        assertThat(met(
                        ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(notYetInstalled), false, null)),
                        "DEVICES_ONLINE"))
                .isFalse();
    }

    @Test
    void aSeniorInAnInstitutionThatDayHasNoActiveBed() {
        BedActivity activity = ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH), true, null));
        assertThat(met(activity, "NOT_IN_INSTITUTION")).isFalse();
        assertThat(activity.active()).isFalse();
    }

    @Test
    void theDayOfDeathIsNotAnActiveDayButTheDayBeforeIs() {
        assertThat(ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH), false, ON))
                        .active())
                .isFalse();
        assertThat(ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH), false, ON.plusDays(1)))
                        .active())
                .isTrue();
        assertThat(ActivityRules.judge(9, facts(AGREEMENT, MODERATE, List.of(FRESH), false, ON.minusDays(1)))
                        .active())
                .isFalse();
    }
}
