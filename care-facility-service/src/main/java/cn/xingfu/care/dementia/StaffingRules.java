package cn.xingfu.care.dementia;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The staffing rules of a dementia unit for one day, from the caregiver roster: every shift (day, evening and
 * night) needs caregivers : residents of at least 1 : {@code residentsPerCaregiver}, a shift with no caregiver
 * rostered is a breach, and the night shift needs at least {@code minNight} caregivers. Every shift also
 * records a headcount; until it does, the residents of the unit's occupied beds are counted instead.
 */
final class StaffingRules {

    static final String RATIO = "CAREGIVER_RATIO";
    static final String NIGHT = "NIGHT_CAREGIVERS";
    static final String HEADCOUNT = "HEADCOUNT";

    private StaffingRules() {}

    /** What the roster and the headcount say about one shift; {@code headcount} null = not recorded yet. */
    record ShiftStaffing(
            Shift shift, int caregivers, @Nullable Integer headcount, int residentsInBeds) {

        int residents() {
            return headcount != null ? headcount : residentsInBeds;
        }
    }

    /** One check per rule and shift, in shift order; {@code shifts} holds each of the three shifts once. */
    static List<ComplianceCheck> check(List<ShiftStaffing> shifts, int residentsPerCaregiver, int minNight) {
        List<ComplianceCheck> checks = new ArrayList<>();
        for (ShiftStaffing s : shifts) {
            boolean ratioMet = s.caregivers() > 0 && (long) s.caregivers() * residentsPerCaregiver >= s.residents();
            checks.add(new ComplianceCheck(
                    RATIO,
                    s.shift().name(),
                    "1:" + residentsPerCaregiver,
                    s.caregivers() == 0
                            ? "no caregiver rostered (0:" + s.residents() + ")"
                            : s.caregivers() + ":" + s.residents(),
                    ratioMet));
        }
        for (ShiftStaffing s : shifts) {
            if (s.shift() == Shift.NIGHT) {
                checks.add(new ComplianceCheck(
                        NIGHT,
                        Shift.NIGHT.name(),
                        "≥" + minNight,
                        String.valueOf(s.caregivers()),
                        s.caregivers() >= minNight));
            }
        }
        for (ShiftStaffing s : shifts) {
            checks.add(new ComplianceCheck(
                    HEADCOUNT,
                    s.shift().name(),
                    "recorded",
                    s.headcount() != null ? s.headcount() + " present" : "not recorded",
                    s.headcount() != null));
        }
        return checks;
    }

    /** Rules whose breach raises an alert to the care manager (a missing headcount is an open task instead). */
    static boolean alerting(ComplianceCheck check) {
        return check.rule().equals(RATIO) || check.rule().equals(NIGHT);
    }
}
