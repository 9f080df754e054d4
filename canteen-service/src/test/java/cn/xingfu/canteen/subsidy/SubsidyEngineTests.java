package cn.xingfu.canteen.subsidy;

import static cn.xingfu.canteen.senior.EligibilityStatus.DIBAO;
import static cn.xingfu.canteen.senior.EligibilityStatus.DISABLED;
import static cn.xingfu.canteen.senior.EligibilityStatus.LIVING_ALONE;
import static cn.xingfu.canteen.senior.EligibilityStatus.SEVERE_DISABILITY;
import static cn.xingfu.canteen.senior.EligibilityStatus.TEKUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class SubsidyEngineTests {

    private final SubsidyEngine engine = new SubsidyEngine();

    // ---- generators

    /** Gross prices 0.00 to 30.00 元 in fen. */
    private static final Gen<BigDecimal> GROSS = Generate.range(0, 3000).map(fen -> BigDecimal.valueOf(fen, 2));

    /** Service dates through 2026-2030, including leap days. */
    private static final Gen<LocalDate> SERVICE_DATE =
            Generate.range(0, 365 * 5).map(d -> PolicyFixtures.FROM.plusDays(d));

    private static final Gen<Set<EligibilityStatus>> STATUSES = Generate.range(
                    0, (1 << EligibilityStatus.values().length) - 1)
            .map(mask -> {
                EnumSet<EligibilityStatus> set = EnumSet.noneOf(EligibilityStatus.class);
                for (EligibilityStatus s : EligibilityStatus.values()) {
                    if ((mask & (1 << s.ordinal())) != 0) {
                        set.add(s);
                    }
                }
                return set;
            });

    private static final Gen<SubsidyUsage> USAGE = Generate.range(0, 2)
            .zip(Generate.range(0, 3), Generate.range(0, 10), Generate.range(0, 70), SubsidyUsage::new);

    private static final Gen<Integer> CAP = Generate.range(-1, 70); // -1 = no cap

    private record Case(int age, LocalDate serviceDate, Set<EligibilityStatus> statuses, BigDecimal gross) {
        LocalDate birth() {
            return serviceDate.minusYears(age).minusDays(age % 7 == 0 ? 0 : 3);
        }
    }

    private static final Gen<Case> CASES = Generate.range(40, 110).zip(SERVICE_DATE, STATUSES, GROSS, Case::new);

    private SubsidyRequest request(Case c, SubsidyUsage usage) {
        return new SubsidyRequest(
                c.birth(), c.statuses(), c.serviceDate(), MealPeriod.LUNCH, Channel.DINE_IN, c.gross(), usage);
    }

    // ---- properties

    @Test
    void subsidyNeverExceedsGrossAndSelfPayIsNeverNegative() {
        qt().forAll(CASES, USAGE, CAP, Generate.booleans()).checkAssert((c, usage, cap, perDay) -> {
            SubsidyPolicy policy = PolicyFixtures.with(
                    perDay ? SubsidyPolicy.Basis.PER_DAY : SubsidyPolicy.Basis.PER_MEAL,
                    cap < 0 ? null : cap % 4,
                    cap < 0 ? null : cap % 8,
                    cap < 0 ? null : cap,
                    "5.00");
            SubsidyDecision d = engine.decide(policy, request(c, usage));
            assertThat(d.subsidy()).isBetween(BigDecimal.ZERO, d.gross());
            assertThat(d.selfPay()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(d.subsidy().add(d.selfPay())).isEqualByComparingTo(c.gross());
            assertThat(d.subsidy().scale()).isEqualTo(2);
            assertThat(d.selfPay().scale()).isEqualTo(2);
            assertThat(d.policyVersion()).isEqualTo("TEST");
            assertThat(d.tierCode() == null)
                    .isEqualTo(d.subsidy().signum() == 0 && !SubsidyDecision.SUBSIDISED.equals(d.reason()));
        });
    }

    @Test
    void withoutUsageTheSubsidyIsTheHighestQualifyingTierCappedByGross() {
        SubsidyPolicy policy = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, null, null, null, "0");
        qt().forAll(CASES).checkAssert(c -> {
            SubsidyDecision d = engine.decide(policy, request(c, SubsidyUsage.none()));
            BigDecimal best = policy.tiers().stream()
                    .filter(t -> t.qualifies(c.age(), c.statuses()))
                    .map(SubsidyPolicy.Tier::amount)
                    .max(BigDecimal::compareTo)
                    .orElse(BigDecimal.ZERO);
            assertThat(d.subsidy()).isEqualByComparingTo(best.min(c.gross()));
        });
    }

    @Test
    void theSubsidyNeverFallsAsTheSeniorGetsOlder() {
        SubsidyPolicy policy = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, null, null, null, "0");
        qt().forAll(CASES, Generate.range(1, 30)).checkAssert((c, years) -> {
            LocalDate birth = c.birth();
            SubsidyRequest younger = new SubsidyRequest(
                    birth,
                    c.statuses(),
                    c.serviceDate(),
                    MealPeriod.DINNER,
                    Channel.TAKEAWAY,
                    c.gross(),
                    SubsidyUsage.none());
            SubsidyRequest older = new SubsidyRequest(
                    birth.minusYears(years),
                    c.statuses(),
                    c.serviceDate(),
                    MealPeriod.DINNER,
                    Channel.TAKEAWAY,
                    c.gross(),
                    SubsidyUsage.none());
            assertThat(engine.decide(policy, older).subsidy())
                    .isGreaterThanOrEqualTo(engine.decide(policy, younger).subsidy());
        });
    }

    @Test
    void aSecondMealInTheSamePeriodIsNeverSubsidised() {
        SubsidyPolicy policy = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, null, null, null, "0");
        qt().forAll(CASES, Generate.range(1, 5)).checkAssert((c, already) -> {
            SubsidyDecision d = engine.decide(policy, request(c, new SubsidyUsage(already, already, already, already)));
            assertThat(d.subsidy()).isZero();
            assertThat(d.selfPay()).isEqualByComparingTo(c.gross());
            assertThat(d.reason()).isIn(SubsidyDecision.PERIOD_ALREADY_SUBSIDISED, SubsidyDecision.NO_TIER);
        });
    }

    @Test
    void reachedCapsAndBillsBelowTheMinimumGetNothing() {
        qt().forAll(CASES, Generate.range(0, 60), Generate.range(0, 2)).checkAssert((c, cap, which) -> {
            Integer daily = which == 0 ? cap % 4 : null;
            Integer weekly = which == 1 ? cap % 15 : null;
            Integer monthly = which == 2 ? cap : null;
            SubsidyPolicy policy = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, daily, weekly, monthly, "0");
            int used = which == 0 ? daily : which == 1 ? weekly : monthly;
            SubsidyUsage usage = new SubsidyUsage(0, which == 0 ? used : 0, which <= 1 ? used : 0, used);
            assertThat(engine.decide(policy, request(c, usage)).subsidy()).isZero();

            SubsidyPolicy minimum = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, null, null, null, "30.01");
            SubsidyDecision below = engine.decide(minimum, request(c, SubsidyUsage.none()));
            assertThat(below.subsidy()).isZero();
        });
    }

    @Test
    void aPerDayPolicyGrantsOncePerDay() {
        SubsidyPolicy policy = PolicyFixtures.with(SubsidyPolicy.Basis.PER_DAY, null, null, null, "0");
        qt().forAll(CASES, Generate.range(1, 3)).checkAssert((c, earlier) -> {
            SubsidyDecision d = engine.decide(policy, request(c, new SubsidyUsage(0, earlier, earlier, earlier)));
            assertThat(d.subsidy()).isZero();
        });
    }

    // ---- explicit boundaries (Jiangjin-like demo figures: 60+ 2, 80+ 3, 90+ 5, hardship 5, 特困 8; min bill 5)

    @Test
    void theEightiethBirthdayMovesTheSeniorIntoTheHigherTierThatDay() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        LocalDate birth = LocalDate.of(1946, 6, 15);

        assertThat(decide(policy, birth, Set.of(), LocalDate.of(2026, 6, 14), "12.00")
                        .subsidy())
                .isEqualByComparingTo("2.00");
        SubsidyDecision birthday = decide(policy, birth, Set.of(), LocalDate.of(2026, 6, 15), "12.00");
        assertThat(birthday.subsidy()).isEqualByComparingTo("3.00");
        assertThat(birthday.tierCode()).isEqualTo("AGE_80");
        assertThat(birthday.selfPay()).isEqualByComparingTo("9.00");
        assertThat(birthday.policyVersion()).isEqualTo("JJ-DEMO-2026");
    }

    @Test
    void aLeapDayBirthdayIsReachedOnTheFirstOfMarchInCommonYears() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        LocalDate birth = LocalDate.of(1948, 2, 29);

        assertThat(decide(policy, birth, Set.of(), LocalDate.of(2027, 2, 28), "10.00")
                        .tierCode())
                .isEqualTo("AGE_60");
        assertThat(decide(policy, birth, Set.of(), LocalDate.of(2027, 3, 1), "10.00")
                        .tierCode())
                .isEqualTo("AGE_60");
        assertThat(decide(policy, birth, Set.of(), LocalDate.of(2028, 2, 28), "10.00")
                        .tierCode())
                .isEqualTo("AGE_60");
        assertThat(decide(policy, birth, Set.of(), LocalDate.of(2028, 2, 29), "10.00")
                        .tierCode())
                .isEqualTo("AGE_80");
        LocalDate birth79 = LocalDate.of(1947, 2, 28);
        assertThat(decide(policy, LocalDate.of(1946, 2, 28).plusDays(1), Set.of(), LocalDate.of(2026, 2, 28), "10.00")
                        .tierCode())
                .isEqualTo("AGE_60");
        assertThat(SubsidyEngine.ageOn(birth79, LocalDate.of(2027, 2, 28))).isEqualTo(80);
        assertThat(SubsidyEngine.ageOn(LocalDate.of(1948, 2, 29), LocalDate.of(2028, 2, 28)))
                .isEqualTo(79);
        assertThat(SubsidyEngine.ageOn(LocalDate.of(1948, 2, 29), LocalDate.of(2027, 3, 1)))
                .isEqualTo(79);
    }

    @Test
    void aStatusCountsOnItsLastValidDayButNotTheDayAfter() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        StatusPeriod dibao = new StatusPeriod(DIBAO, "民政", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30));
        LocalDate birth = LocalDate.of(1956, 1, 1);

        assertThat(decide(policy, birth, valid(dibao, LocalDate.of(2026, 6, 30)), LocalDate.of(2026, 6, 30), "10.00")
                        .tierCode())
                .isEqualTo("HARDSHIP");
        assertThat(decide(policy, birth, valid(dibao, LocalDate.of(2026, 7, 1)), LocalDate.of(2026, 7, 1), "10.00")
                        .tierCode())
                .isEqualTo("AGE_60");
    }

    @Test
    void tiersDoNotAddUp() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        SubsidyDecision d = decide(
                policy, LocalDate.of(1930, 1, 1), Set.of(TEKUN, DIBAO, DISABLED), LocalDate.of(2026, 5, 5), "15.00");
        assertThat(d.subsidy()).isEqualByComparingTo("8.00");
        assertThat(d.tierCode()).isEqualTo("TEKUN");
        assertThat(decide(policy, LocalDate.of(1990, 1, 1), Set.of(TEKUN), LocalDate.of(2026, 5, 5), "15.00")
                        .reason())
                .isEqualTo(SubsidyDecision.NO_TIER);
    }

    @Test
    void theMonthlyCapExactlyReachedChargesTheFullPrice() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        LocalDate date = LocalDate.of(2026, 5, 5);
        SubsidyRequest last = new SubsidyRequest(
                LocalDate.of(1950, 1, 1),
                Set.of(),
                date,
                MealPeriod.LUNCH,
                Channel.DINE_IN,
                new BigDecimal("10.00"),
                new SubsidyUsage(0, 1, 5, 59));
        SubsidyRequest over = new SubsidyRequest(
                LocalDate.of(1950, 1, 1),
                Set.of(),
                date,
                MealPeriod.LUNCH,
                Channel.DINE_IN,
                new BigDecimal("10.00"),
                new SubsidyUsage(0, 1, 5, 60));

        assertThat(engine.decide(policy, last).subsidy()).isEqualByComparingTo("2.00");
        SubsidyDecision d = engine.decide(policy, over);
        assertThat(d.subsidy()).isZero();
        assertThat(d.selfPay()).isEqualByComparingTo("10.00");
        assertThat(d.reason()).isEqualTo(SubsidyDecision.MONTHLY_CAP);
        assertThat(d.tierCode()).isNull();
        SubsidyPolicy weekly = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, 3, 5, null, "0");
        assertThat(engine.decide(weekly, over).reason()).isEqualTo(SubsidyDecision.WEEKLY_CAP);
        SubsidyPolicy daily = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, 1, null, null, "0");
        assertThat(engine.decide(daily, over).reason()).isEqualTo(SubsidyDecision.DAILY_CAP);
    }

    @Test
    void aBillExactlyAtTheMinimumIsSubsidisedAndOneFenLessIsNot() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        LocalDate birth = LocalDate.of(1950, 1, 1);
        LocalDate date = LocalDate.of(2026, 5, 5);

        assertThat(decide(policy, birth, Set.of(), date, "5.00").subsidy()).isEqualByComparingTo("2.00");
        SubsidyDecision below = decide(policy, birth, Set.of(), date, "4.99");
        assertThat(below.subsidy()).isZero();
        assertThat(below.reason()).isEqualTo(SubsidyDecision.BELOW_MINIMUM_BILL);
    }

    @Test
    void aGrossSmallerThanTheTierAmountIsFullyCoveredButNeverMore() {
        SubsidyPolicy policy = PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, null, null, null, "0");
        SubsidyDecision d = decide(policy, LocalDate.of(1940, 1, 1), Set.of(TEKUN), LocalDate.of(2026, 5, 5), "6.50");
        assertThat(d.subsidy()).isEqualByComparingTo("6.50");
        assertThat(d.selfPay()).isZero();
        assertThat(d.reason()).isEqualTo(SubsidyDecision.LIMITED_TO_GROSS);
        assertThat(decide(policy, LocalDate.of(1940, 1, 1), Set.of(), LocalDate.of(2026, 5, 5), "0.00")
                        .subsidy())
                .isZero();
    }

    @Test
    void theRequestMustFitThePolicyAndBeWellFormed() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        assertThatThrownBy(
                        () -> decide(policy, LocalDate.of(1950, 1, 1), Set.of(), LocalDate.of(2025, 12, 31), "10.00"))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("code", "POLICY_NOT_IN_FORCE");
        assertThatThrownBy(() -> decide(policy, LocalDate.of(1950, 1, 1), Set.of(), LocalDate.of(2026, 3, 1), "-1.00"))
                .hasFieldOrPropertyWithValue("code", "INVALID_GROSS");
        assertThatThrownBy(() -> decide(policy, LocalDate.of(1950, 1, 1), Set.of(), LocalDate.of(2026, 3, 1), "1.001"))
                .hasFieldOrPropertyWithValue("code", "INVALID_GROSS");
        assertThatThrownBy(() -> decide(policy, LocalDate.of(2027, 1, 1), Set.of(), LocalDate.of(2026, 3, 1), "1.00"))
                .hasFieldOrPropertyWithValue("code", "INVALID_DATE_OF_BIRTH");
        SubsidyDecision none = engine.decide(
                SubsidyPolicy.none("500116", LocalDate.of(2026, 3, 1)),
                new SubsidyRequest(
                        LocalDate.of(1930, 1, 1),
                        Set.of(TEKUN),
                        LocalDate.of(2026, 3, 1),
                        MealPeriod.LUNCH,
                        Channel.DINE_IN,
                        BigDecimal.TEN,
                        SubsidyUsage.none()));
        assertThat(none.reason()).isEqualTo(SubsidyDecision.NO_TIER);
        assertThat(none.policyVersion()).isEqualTo(SubsidyPolicy.NONE);
    }

    @Test
    void deliveryIsForTheDisabledOrThoseOver80LivingAlone() {
        SubsidyPolicy policy = PolicyFixtures.jiangjinLike();
        assertThat(engine.deliveryEligible(policy, 65, Set.of(DISABLED))).isTrue();
        assertThat(engine.deliveryEligible(policy, 61, Set.of(SEVERE_DISABILITY)))
                .isTrue();
        assertThat(engine.deliveryEligible(policy, 80, Set.of(LIVING_ALONE))).isTrue();
        assertThat(engine.deliveryEligible(policy, 79, Set.of(LIVING_ALONE))).isFalse();
        assertThat(engine.deliveryEligible(policy, 95, Set.of())).isFalse();
        assertThat(engine.deliveryEligible(policy, 95, Set.of(DIBAO))).isFalse();
        SubsidyPolicy.DeliveryRule ageOnly = new SubsidyPolicy.DeliveryRule(Set.of(), 90, Set.of());
        assertThat(ageOnly.allows(90, Set.of())).isTrue();
        assertThat(ageOnly.allows(89, Set.of(DISABLED))).isFalse();
    }

    @Test
    void policiesWithBrokenFiguresAreRefused() {
        List<SubsidyPolicy.Tier> none = new ArrayList<>();
        assertThatThrownBy(() -> PolicyFixtures.withTiers(none).validate())
                .hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        assertThatThrownBy(() -> PolicyFixtures.withTiers(List.of(PolicyFixtures.tier("A", null, Set.of(), "1.00")))
                        .validate())
                .hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        assertThatThrownBy(() -> PolicyFixtures.withTiers(List.of(PolicyFixtures.tier("A", 60, Set.of(), "-1.00")))
                        .validate())
                .hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        assertThatThrownBy(() -> PolicyFixtures.withTiers(List.of(
                                PolicyFixtures.tier("A", 60, Set.of(), "1.00"),
                                PolicyFixtures.tier("A", 70, Set.of(), "2.00")))
                        .validate())
                .hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        assertThatThrownBy(() -> PolicyFixtures.with(SubsidyPolicy.Basis.PER_MEAL, -1, null, null, "0")
                        .validate())
                .hasFieldOrPropertyWithValue("code", "INVALID_POLICY");
        PolicyFixtures.jiangjinLike().validate();
    }

    private SubsidyDecision decide(
            SubsidyPolicy policy, LocalDate birth, Set<EligibilityStatus> statuses, LocalDate date, String gross) {
        return engine.decide(
                policy,
                new SubsidyRequest(
                        birth,
                        statuses,
                        date,
                        MealPeriod.LUNCH,
                        Channel.DINE_IN,
                        new BigDecimal(gross),
                        SubsidyUsage.none()));
    }

    private static Set<EligibilityStatus> valid(StatusPeriod period, LocalDate date) {
        return period.validOn(date) ? Set.of(period.status()) : Set.of();
    }
}
