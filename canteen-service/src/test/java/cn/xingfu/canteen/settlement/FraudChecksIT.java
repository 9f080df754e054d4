package cn.xingfu.canteen.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.Ids;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every anti-fraud rule: a planted case it finds and a clean case it leaves alone, on the real database. */
@SpringBootTest
class FraudChecksIT {

    static final YearMonth MONTH = YearMonth.of(2026, 9);
    static final LocalDate FROM = MONTH.atDay(1);
    static final LocalDate TO = MONTH.atEndOfMonth();

    @Autowired
    FraudChecks checks;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    JdbcTemplate jdbc;

    CanteenView here;
    CanteenView there;

    @BeforeEach
    void canteens() {
        String district = String.valueOf(600000 + Math.floorMod(Ids.next(), 99999));
        here = MonthOfOrders.canteen(canteens, district);
        there = MonthOfOrders.canteen(canteens, district);
    }

    private long order(
            long canteenId,
            long senior,
            LocalDate day,
            String period,
            String verification,
            String channel,
            String subsidy,
            String placedBy,
            LocalDateTime placedAt) {
        long id = Ids.next();
        jdbc.update(
                "INSERT INTO meal_order (id, order_number, canteen_id, placed_by_account_id, placed_by, senior_id,"
                        + " senior_masked_name, verification, channel, meal_period, service_date, status, payment_method,"
                        + " payment_status, gross, subsidy, self_pay, tier_code, policy_version, subsidy_reason,"
                        + " dietary_flags, idempotency_key, request_fingerprint, revision, placed_at, updated_at)"
                        + " VALUES (?, 'A001', ?, 1, ?, ?, '李*', ?, ?, ?, ?, 'SERVED', 'WALLET', 'PAID', 12.00, ?,"
                        + " 12.00 - ?, 'AGE_80', 'T', ?, '', ?, 'f', 1, ?, ?)",
                id,
                canteenId,
                placedBy,
                senior,
                verification,
                channel,
                period,
                day,
                subsidy,
                subsidy,
                subsidy.equals("0.00") ? "PERIOD_ALREADY_SUBSIDISED" : "SUBSIDISED",
                "k" + id,
                Timestamp.valueOf(placedAt),
                Timestamp.valueOf(placedAt));
        return id;
    }

    private long lunch(long canteenId, long senior, LocalDate day, String verification) {
        return order(canteenId, senior, day, "LUNCH", verification, "DINE_IN", "3.00", "kiosk", day.atTime(3, 0));
    }

    private void scan(long canteenId, String actor, LocalDateTime at, String outcome, @Nullable Long senior) {
        jdbc.update(
                "INSERT INTO card_scan (id, card_id, senior_id, actor_username, kiosk_id, canteen_id, scanned_at, outcome,"
                        + " method) VALUES (?, ?, ?, ?, NULL, ?, ?, ?, 'QR')",
                Ids.next(),
                senior == null ? null : senior + 1,
                senior,
                actor,
                canteenId,
                Timestamp.valueOf(at),
                outcome);
    }

    private long senior(String lifecycle, @Nullable LocalDateTime changedAtUtc) {
        long id = Ids.next();
        jdbc.update(
                "INSERT INTO senior (id, row_version, name, name_initials, gender, date_of_birth, id_number_enc,"
                        + " id_number_index, id_number_masked, address, home_canteen_id, dietary_tags, allergens, texture,"
                        + " lifecycle, lifecycle_changed_at, created_at, created_by, updated_at) VALUES (?, 0, '李四', 'LS',"
                        + " 'FEMALE', '1940-01-01', ?, ?, '5001**********1234', '测试路', ?, '', '', 'NORMAL', ?, ?, ?, 't', ?)",
                id,
                new byte[] {1, 2, 3},
                "idx" + id,
                here.id(),
                lifecycle,
                changedAtUtc == null ? null : Timestamp.valueOf(changedAtUtc),
                Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)),
                Timestamp.valueOf(LocalDateTime.of(2026, 1, 1, 0, 0)));
        return id;
    }

    @Test
    void twoSitesInOneMealAreFoundWithEveryAttemptAndTwoMealsAtTwoSitesAreNot() {
        long senior = Ids.next();
        LocalDate day = MONTH.atDay(8);
        long first = lunch(here.id(), senior, day, "CARD_QR");
        // the second attempt was charged the full price by the one-subsidy-per-period rule: still reported
        long second = order(there.id(), senior, day, "LUNCH", "CARD_QR", "DINE_IN", "0.00", "k2", day.atTime(3, 30));
        long honest = Ids.next();
        lunch(here.id(), honest, day, "CARD_QR");
        order(there.id(), honest, day, "DINNER", "CARD_QR", "DINE_IN", "3.00", "k2", day.atTime(10, 0));

        List<FraudReport.Finding> found = checks.twoSites(here.id(), FROM, TO);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.seniorId()).isEqualTo(senior);
            assertThat(f.serviceDate()).isEqualTo(day);
            assertThat(f.mealPeriod()).isEqualTo("LUNCH");
            assertThat(f.orderIds()).containsExactly(first, second);
            assertThat(f.detailZh()).contains(String.valueOf(there.id()));
        });
    }

    @Test
    void aBurstOfScansByOneKioskIsFoundAndAnOrdinaryPaceIsNot() {
        LocalDateTime noon = MONTH.atDay(10).atTime(3, 30);
        for (int i = 0; i < 12; i++) {
            scan(here.id(), "kiosk-fast", noon.plusSeconds(3L * i), "OK", Ids.next());
            scan(here.id(), "kiosk-steady", noon.plusSeconds(30L * i), "OK", Ids.next());
        }
        // nine staff-checked orders in a minute by one operator stay under the threshold of ten
        for (int i = 0; i < 9; i++) {
            order(
                    here.id(),
                    Ids.next(),
                    MONTH.atDay(11),
                    "LUNCH",
                    "STAFF_CHECK",
                    "DINE_IN",
                    "3.00",
                    "staff-a",
                    MONTH.atDay(11).atTime(3, 0).plusSeconds(5L * i));
        }

        List<FraudReport.Finding> found = checks.bursts(here.id(), FROM, TO);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("kiosk-fast");
            assertThat(f.detailEn()).contains("made 12 scans");
        });
    }

    @Test
    void mealsAfterDeathOrAMoveOrDuringACareStayAreFoundAndMealsBeforeAreNot() {
        // recorded deceased at 02:00 UTC on 10 September = 10:00 in China: from the 10th on
        long deceased = senior("DECEASED", MONTH.atDay(10).atTime(2, 0));
        lunch(here.id(), deceased, MONTH.atDay(9), "CARD_QR");
        long afterDeath = lunch(here.id(), deceased, MONTH.atDay(10), "CARD_QR");
        long moved = senior("MOVED_AWAY", MONTH.atDay(20).atTime(1, 0));
        long afterMove = lunch(here.id(), moved, MONTH.atDay(25), "CARD_QR");
        long inCare = senior("ACTIVE", null);
        jdbc.update(
                "INSERT INTO standing_pause (id, senior_id, starts_on, ends_on, reason, note, source, source_ref,"
                        + " created_at, created_by, updated_at) VALUES (?, ?, ?, ?, 'CARE_ADMISSION', NULL, 'CARE_FACILITY',"
                        + " ?, ?, 't', ?)",
                Ids.next(),
                inCare,
                MONTH.atDay(15),
                MONTH.atDay(20),
                "stay-" + inCare,
                Timestamp.valueOf(LocalDateTime.of(2026, 9, 15, 0, 0)),
                Timestamp.valueOf(LocalDateTime.of(2026, 9, 15, 0, 0)));
        lunch(here.id(), inCare, MONTH.atDay(14), "CARD_QR");
        long duringStay = lunch(here.id(), inCare, MONTH.atDay(15), "CARD_QR");
        lunch(here.id(), inCare, MONTH.atDay(21), "CARD_QR");
        long active = senior("ACTIVE", null);
        lunch(here.id(), active, MONTH.atDay(15), "CARD_QR");

        List<FraudReport.Finding> found = checks.notEligible(here.id(), FROM, TO);

        assertThat(found)
                .extracting(f -> f.orderIds().get(0))
                .containsExactlyInAnyOrder(afterDeath, afterMove, duringStay);
        assertThat(found)
                .extracting(FraudReport.Finding::subject)
                .containsExactlyInAnyOrder("DECEASED", "MOVED_AWAY", "CARE_ADMISSION");
    }

    @Test
    void claimsWithoutEverACardAreFoundButNotWithOneCardOrForDeliveredMeals() {
        long ghost = Ids.next();
        long seenOnce = Ids.next();
        long delivered = Ids.next();
        for (int d = 1; d <= 8; d++) {
            lunch(here.id(), ghost, MONTH.atDay(d), "STAFF_CHECK");
            lunch(here.id(), seenOnce, MONTH.atDay(d), d == 4 ? "CARD_QR" : "STAFF_CHECK");
            order(
                    here.id(),
                    delivered,
                    MONTH.atDay(d),
                    "LUNCH",
                    "STAFF_CHECK",
                    "DELIVERY",
                    "3.00",
                    "staff",
                    MONTH.atDay(d).atTime(2, 0));
        }
        // seven meals stay under the threshold of eight
        long fewer = Ids.next();
        for (int d = 1; d <= 7; d++) {
            lunch(here.id(), fewer, MONTH.atDay(d), "STAFF_CHECK");
        }

        assertThat(checks.neverInPerson(here.id(), FROM, TO))
                .extracting(FraudReport.Finding::seniorId)
                .containsExactly(ghost);

        scan(there.id(), "kiosk", MONTH.atDay(3).atTime(3, 0), "OK", ghost);
        assertThat(checks.neverInPerson(here.id(), FROM, TO)).isEmpty();
    }

    @Test
    void cardsScannedOutsideTheirScopeAreFoundInTheirMonthOnly() {
        scan(here.id(), "kiosk", MONTH.atDay(5).atTime(3, 0), "CARD_OUT_OF_SCOPE", 77L);
        scan(here.id(), "kiosk", MONTH.atDay(5).atTime(3, 1), "OK", 78L);
        // 1 October 07:00 in China is still 30 September 23:00 UTC: October's, not September's
        scan(here.id(), "kiosk", LocalDateTime.of(2026, 9, 30, 23, 0), "OUT_OF_CANTEEN_SCOPE", 79L);
        scan(there.id(), "kiosk", MONTH.atDay(5).atTime(3, 0), "CARD_OUT_OF_SCOPE", 80L);

        assertThat(checks.outOfScope(here.id(), FROM, TO))
                .singleElement()
                .satisfies(f -> assertThat(f.seniorId()).isEqualTo(77L));
    }

    @Test
    void aStaffCheckShareFarAboveTheCanteensUsualIsFoundAndAUsualShareIsNot() {
        for (CanteenView c : List.of(here, there)) {
            for (int i = 0; i < 90; i++) {
                LocalDate day = YearMonth.of(2026, 6 + i % 3).atDay(1 + i % 28);
                lunch(c.id(), Ids.next(), day, i % 18 == 0 ? "STAFF_CHECK" : "CARD_QR");
            }
        }
        for (int i = 0; i < 40; i++) {
            lunch(here.id(), Ids.next(), MONTH.atDay(1 + i % 28), i % 2 == 0 ? "STAFF_CHECK" : "CARD_QR");
            lunch(there.id(), Ids.next(), MONTH.atDay(1 + i % 28), i % 13 == 0 ? "STAFF_CHECK" : "CARD_QR");
        }

        assertThat(checks.staffCheckShare(here, MONTH))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.detailEn()).contains("50.0% (20/40)").contains("5.6%"));
        assertThat(checks.staffCheckShare(there, MONTH)).isEmpty();
    }

    @Test
    void theReportListsEveryRuleWithItsOwnFindings() {
        long senior = Ids.next();
        lunch(here.id(), senior, MONTH.atDay(8), "CARD_QR");
        lunch(there.id(), senior, MONTH.atDay(8), "CARD_QR");
        Actor bureau = new Actor(Ids.next(), "bureau", Role.DISTRICT_ADMIN, null);

        FraudReport report = checks.report(here.id(), MONTH, bureau);

        assertThat(report.rules())
                .extracting(FraudReport.RuleResult::code)
                .containsExactly(
                        "TWO_SITES_ONE_PERIOD",
                        "SCAN_BURST",
                        "NOT_ELIGIBLE_ON_DATE",
                        "NEVER_IN_PERSON",
                        "CARD_OUT_OF_SCOPE",
                        "STAFF_CHECK_SHARE");
        assertThat(report.rules().get(0).findings()).hasSize(1);
        assertThat(report.rules().subList(1, 6))
                .allSatisfy(r -> assertThat(r.findings()).isEmpty());
    }
}
