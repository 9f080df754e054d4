package cn.xingfu.care.dementia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StaffingRulesTests {

    static StaffingRules.ShiftStaffing shift(Shift shift, int caregivers, @Nullable Integer headcount) {
        return new StaffingRules.ShiftStaffing(shift, caregivers, headcount, 20);
    }

    static ComplianceCheck find(List<ComplianceCheck> checks, String rule, Shift shift) {
        return checks.stream()
                .filter(c -> c.rule().equals(rule) && c.subject().equals(shift.name()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void oneCaregiverMayLookAfterExactlyFiveResidents() {
        List<ComplianceCheck> checks = StaffingRules.check(
                List.of(shift(Shift.DAY, 2, 10), shift(Shift.EVENING, 2, 11), shift(Shift.NIGHT, 1, 5)), 5, 1);
        assertThat(find(checks, StaffingRules.RATIO, Shift.DAY).passed()).isTrue();
        assertThat(find(checks, StaffingRules.RATIO, Shift.EVENING).passed()).isFalse();
        assertThat(find(checks, StaffingRules.RATIO, Shift.EVENING).actual()).isEqualTo("2:11");
        assertThat(find(checks, StaffingRules.RATIO, Shift.NIGHT).passed()).isTrue();
    }

    @Test
    void aShiftWithNobodyRosteredIsABreachEvenWithoutResidentsCounted() {
        List<ComplianceCheck> checks = StaffingRules.check(
                List.of(shift(Shift.DAY, 0, 0), shift(Shift.EVENING, 3, 12), shift(Shift.NIGHT, 0, 4)), 5, 1);
        assertThat(find(checks, StaffingRules.RATIO, Shift.DAY).passed()).isFalse();
        assertThat(find(checks, StaffingRules.RATIO, Shift.DAY).actual()).startsWith("no caregiver rostered");
        assertThat(find(checks, StaffingRules.NIGHT, Shift.NIGHT).passed()).isFalse();
        assertThat(checks.stream().filter(c -> !c.passed()).filter(StaffingRules::alerting))
                .extracting(c -> c.rule() + "/" + c.subject())
                .containsExactly("CAREGIVER_RATIO/DAY", "CAREGIVER_RATIO/NIGHT", "NIGHT_CAREGIVERS/NIGHT");
    }

    @Test
    void withoutAHeadcountTheResidentsInTheUnitsBedsAreCounted() {
        List<ComplianceCheck> checks = StaffingRules.check(
                List.of(shift(Shift.DAY, 4, null), shift(Shift.EVENING, 3, null), shift(Shift.NIGHT, 2, 9)), 5, 2);
        // 20 residents in beds: 4 caregivers suffice, 3 do not
        assertThat(find(checks, StaffingRules.RATIO, Shift.DAY).passed()).isTrue();
        assertThat(find(checks, StaffingRules.RATIO, Shift.EVENING).passed()).isFalse();
        assertThat(find(checks, StaffingRules.HEADCOUNT, Shift.DAY).passed()).isFalse();
        assertThat(find(checks, StaffingRules.HEADCOUNT, Shift.NIGHT).actual()).isEqualTo("9 present");
        assertThat(find(checks, StaffingRules.NIGHT, Shift.NIGHT).passed()).isTrue();
        assertThat(StaffingRules.alerting(find(checks, StaffingRules.HEADCOUNT, Shift.DAY)))
                .isFalse();
    }
}
