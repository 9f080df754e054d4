package cn.xingfu.care.caregiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import cn.xingfu.care.caregiver.CertificationRule.Credential;
import cn.xingfu.care.caregiver.CertificationRule.Outcome;
import cn.xingfu.care.caregiver.CertificationRule.Person;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Property tests of 持证率: people not certificates; expired or revoked → uncertified; inactive excluded. */
class CertificationRuleTests {

    static final LocalDate ON = LocalDate.of(2026, 11, 29);

    /** Random staff of every role and state, each holding 0..3 certificates of random validity. */
    record Scenario(List<Person> staff, List<Credential> credentials) {}

    static Scenario scenario(long seed) {
        Random random = new Random(seed);
        List<Person> staff = new ArrayList<>();
        List<Credential> credentials = new ArrayList<>();
        int size = random.nextInt(30);
        for (int i = 0; i < size; i++) {
            StaffRole role = random.nextInt(3) == 0
                    ? StaffRole.values()[random.nextInt(StaffRole.values().length)]
                    : StaffRole.CAREGIVER;
            Person person = new Person(1000 + i, "员工" + i, role, random.nextInt(5) != 0);
            staff.add(person);
            int held = random.nextInt(4);
            for (int c = 0; c < held; c++) {
                LocalDate issued = ON.minusDays(random.nextInt(2000) - 30);
                LocalDate until = random.nextBoolean() ? null : ON.plusDays(random.nextInt(400) - 200);
                if (until != null && until.isBefore(issued)) {
                    until = issued;
                }
                credentials.add(new Credential(person.staffId(), issued, until, random.nextInt(6) == 0));
            }
        }
        return new Scenario(staff, credentials);
    }

    @Test
    void countsEachActiveCaregiverOnceAndSplitsThemIntoCertifiedAndMissing() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Scenario s = scenario(seed);
            Outcome outcome = CertificationRule.assess(s.staff(), s.credentials(), ON);
            long active = s.staff().stream()
                    .filter(p -> p.active() && p.role() == StaffRole.CAREGIVER)
                    .count();
            assertThat(outcome.caregivers()).isEqualTo(active);
            assertThat(outcome.certified() + outcome.missing().size()).isEqualTo(outcome.caregivers());
            assertThat(outcome.missing()).allMatch(p -> p.active() && p.role() == StaffRole.CAREGIVER);
            assertThat(outcome.missing()).isSortedAccordingTo(Comparator.comparing(Person::name));
            for (Person missing : outcome.missing()) {
                assertThat(s.credentials())
                        .filteredOn(c -> c.staffId() == missing.staffId())
                        .noneMatch(c -> CertificationRule.valid(c, ON));
            }
        });
    }

    @Test
    void extraCertificatesOfSomeoneCertifiedChangeNothing() {
        qt().forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, copies) -> {
            Scenario s = scenario(seed);
            Outcome before = CertificationRule.assess(s.staff(), s.credentials(), ON);
            List<Credential> more = new ArrayList<>(s.credentials());
            s.credentials().stream().filter(c -> CertificationRule.valid(c, ON)).forEach(c -> {
                for (int i = 0; i < copies; i++) {
                    more.add(new Credential(c.staffId(), c.issueDate(), null, false));
                }
            });
            assertThat(CertificationRule.assess(s.staff(), more, ON)).isEqualTo(before);
        });
    }

    @Test
    void inactiveStaffAndOtherRolesNeverCount() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Scenario s = scenario(seed);
            Outcome before = CertificationRule.assess(s.staff(), s.credentials(), ON);
            List<Person> staff = new ArrayList<>(s.staff());
            List<Credential> credentials = new ArrayList<>(s.credentials());
            staff.add(new Person(1, "离职护理员", StaffRole.CAREGIVER, false));
            staff.add(new Person(2, "厨师", StaffRole.FOOD_HANDLER, true));
            staff.add(new Person(3, "护士", StaffRole.NURSE, true));
            credentials.add(new Credential(2, ON.minusYears(1), null, false));
            assertThat(CertificationRule.assess(staff, credentials, ON)).isEqualTo(before);
        });
    }

    @Test
    void expiredOrRevokedCertificatesLeaveTheCaregiverUncertified() {
        qt().forAll(integers().between(1, 3000), integers().between(0, 1)).checkAssert((daysAgo, how) -> {
            Person person = new Person(9, "张三", StaffRole.CAREGIVER, true);
            Credential bad = how == 0
                    ? new Credential(9, ON.minusYears(10), ON.minusDays(daysAgo), false)
                    : new Credential(9, ON.minusDays(daysAgo), null, true);
            Outcome outcome = CertificationRule.assess(List.of(person), List.of(bad), ON);
            assertThat(outcome.certified()).isZero();
            assertThat(outcome.missing()).containsExactly(person);
            assertThat(outcome.percent()).isEqualByComparingTo(BigDecimal.ZERO);
        });
    }

    @Test
    void aCertificateIsValidThroughItsLastDayAndNotBeforeItsIssue() {
        Credential lastDay = new Credential(1, ON.minusYears(1), ON, false);
        assertThat(CertificationRule.valid(lastDay, ON)).isTrue();
        assertThat(CertificationRule.valid(lastDay, ON.plusDays(1))).isFalse();
        assertThat(CertificationRule.valid(new Credential(1, ON.plusDays(1), null, false), ON))
                .isFalse();
        assertThat(CertificationRule.valid(new Credential(1, ON, null, false), ON))
                .isTrue();
    }

    @Test
    void theRateIsPeopleOverPeopleAndUndefinedWithoutCaregivers() {
        Person a = new Person(1, "甲", StaffRole.CAREGIVER, true);
        Person b = new Person(2, "乙", StaffRole.CAREGIVER, true);
        Person c = new Person(3, "丙", StaffRole.CAREGIVER, true);
        List<Credential> certs = List.of(
                new Credential(1, ON.minusYears(2), null, false),
                new Credential(1, ON.minusYears(1), null, false),
                new Credential(2, ON.minusYears(1), ON.plusDays(10), false));
        Outcome outcome = CertificationRule.assess(List.of(a, b, c), certs, ON);
        assertThat(outcome.percent()).isEqualByComparingTo("66.6");
        assertThat(outcome.meetsTarget()).isFalse();
        assertThat(CertificationRule.assess(List.of(), List.of(), ON).percent()).isNull();
    }

    @Test
    void aFacilityWithoutCaregiversHasNoRateAndDoesNotMeetTheTarget() {
        Person cook = new Person(4, "丁", StaffRole.FOOD_HANDLER, true);
        Person left = new Person(5, "戊", StaffRole.CAREGIVER, false);
        Outcome none = CertificationRule.assess(List.of(cook, left), List.of(), ON);
        assertThat(none.caregivers()).isZero();
        assertThat(none.percent()).isNull();
        assertThat(none.meetsTarget()).isFalse();
        Person one = new Person(6, "己", StaffRole.CAREGIVER, true);
        assertThat(CertificationRule.assess(List.of(one), List.of(new Credential(6, ON, null, false)), ON)
                        .meetsTarget())
                .isTrue();
    }

    @Test
    void levelsCompareByRankNotByNumeral() {
        assertThat(CaregiverLevel.LEVEL_1.isAtLeast(CaregiverLevel.LEVEL_5)).isTrue();
        assertThat(CaregiverLevel.LEVEL_5.isAtLeast(CaregiverLevel.LEVEL_4)).isFalse();
        assertThat(List.of(CaregiverLevel.LEVEL_1, CaregiverLevel.LEVEL_5, CaregiverLevel.LEVEL_3).stream()
                        .sorted(CaregiverLevel.BY_RANK)
                        .toList())
                .containsExactly(CaregiverLevel.LEVEL_5, CaregiverLevel.LEVEL_3, CaregiverLevel.LEVEL_1);
        assertThat(CaregiverLevel.LEVEL_1.rank()).isEqualTo(5);
        assertThat(CaregiverLevel.LEVEL_1.chinese()).isEqualTo("一级(高级技师)");
        assertThat(CaregiverLevel.ofRank(1)).isEqualTo(CaregiverLevel.LEVEL_5);
    }
}
