package cn.xingfu.care.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import cn.xingfu.kernel.DomainException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbilityGradingTests {

    /** Valid scores that add up to {@code total}, spread over the items at random (seeded). */
    static Map<AbilityItem, Integer> scoresSumming(int total, long seed) {
        Map<AbilityItem, Integer> scores = new EnumMap<>(AbilityItem.class);
        for (AbilityItem item : AbilityItem.values()) {
            scores.put(item, 0);
        }
        Random random = new Random(seed);
        int left = total;
        while (left > 0) {
            List<AbilityItem> open = new ArrayList<>();
            for (AbilityItem item : AbilityItem.values()) {
                if (scores.get(item) < item.max()) {
                    open.add(item);
                }
            }
            AbilityItem pick = open.get(random.nextInt(open.size()));
            scores.merge(pick, 1, Integer::sum);
            left--;
        }
        return scores;
    }

    @Test
    void theItemTableMatchesTheStandard() {
        assertThat(AbilityItem.values()).hasSize(26);
        for (Dimension d : Dimension.values()) {
            int sum = 0;
            for (AbilityItem item : AbilityItem.values()) {
                if (item.dimension() == d) {
                    sum += item.max();
                }
            }
            assertThat(sum).as(d.name()).isEqualTo(d.max());
        }
        assertThat(Dimension.SELF_CARE.max()).isEqualTo(32);
        assertThat(Dimension.BASIC_MOBILITY.max()).isEqualTo(15);
        assertThat(Dimension.MENTAL_STATE.max()).isEqualTo(28);
        assertThat(Dimension.PERCEPTION_AND_SOCIAL.max()).isEqualTo(15);
    }

    @ParameterizedTest
    @CsvSource({
        "90, INTACT",
        "89, MILD",
        "66, MILD",
        "65, MODERATE",
        "46, MODERATE",
        "45, SEVERE",
        "30, SEVERE",
        "29, TOTAL_LOSS",
        "0, TOTAL_LOSS"
    })
    void initialGradeAtEveryBoundary(int total, AbilityGrade expected) {
        qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
            GradingResult result =
                    AbilityGrading.grade(scoresSumming(total, seed), AdjustmentFacts.NONE, GradingPolicy.DEFAULT);
            assertThat(result.total()).isEqualTo(total);
            assertThat(result.initialGrade()).isEqualTo(expected);
            assertThat(result.finalGrade()).isEqualTo(expected);
            assertThat(result.adjustments()).isEmpty();
        });
    }

    @Test
    void totalsAndDimensionsStayWithinTheirMaxima() {
        qt().forAll(integers().between(0, 90), longs().all()).checkAssert((total, seed) -> {
            GradingResult result =
                    AbilityGrading.grade(scoresSumming(total, seed), AdjustmentFacts.NONE, GradingPolicy.DEFAULT);
            assertThat(result.dimensions().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum())
                    .isEqualTo(total);
            result.dimensions().forEach((d, sum) -> assertThat(sum).isBetween(0, d.max()));
            assertThat(result.initialGrade()).isEqualTo(AbilityGrade.fromTotal(total));
        });
    }

    @Test
    void adjustmentsRaiseByRuleStackWhenConfiguredAndAreCapped() {
        // diagnoses: bit 0 = dementia (F00-F03), bit 1 = other mental disorder by a psychiatrist
        qt().forAll(
                        integers().between(0, 90),
                        integers().between(0, 3),
                        integers().between(0, 5),
                        booleans().all())
                .checkAssert((total, diagnoses, risks, stack) -> {
                    boolean dementia = (diagnoses & 1) != 0;
                    boolean psychiatric = (diagnoses & 2) != 0;
                    AdjustmentFacts facts = new AdjustmentFacts(dementia, psychiatric, risks, false);
                    GradingResult result =
                            AbilityGrading.grade(scoresSumming(total, total), facts, new GradingPolicy(stack, 2));
                    int raises = (dementia || psychiatric ? 1 : 0) + (risks >= 2 ? 1 : 0);
                    int effective = stack ? raises : Math.min(raises, 1);
                    int expected = Math.min(4, AbilityGrade.fromTotal(total).code() + effective);
                    assertThat(result.finalGrade().code()).isEqualTo(expected);
                    assertThat(result.finalGrade().atLeast(result.initialGrade()))
                            .isTrue();
                    assertThat(result.adjustments()).hasSize(raises);
                    result.adjustments().forEach(a -> {
                        assertThat(a.reasonZh()).isNotBlank();
                        assertThat(a.reasonEn()).isNotBlank();
                        assertThat(a.to().atLeast(a.from())).isTrue();
                    });
                });
    }

    @Test
    void comaMeansTotalLossWhateverTheScores() {
        qt().forAll(integers().between(0, 90), booleans().all(), integers().between(0, 5))
                .checkAssert((total, dementia, risks) -> {
                    GradingResult result = AbilityGrading.grade(
                            scoresSumming(total, 7),
                            new AdjustmentFacts(dementia, false, risks, true),
                            GradingPolicy.DEFAULT);
                    assertThat(result.finalGrade()).isEqualTo(AbilityGrade.TOTAL_LOSS);
                    assertThat(result.adjustments())
                            .extracting(Adjustment::rule)
                            .containsExactly(Adjustment.Rule.COMA);
                });
    }

    @Test
    void theRiskEventThresholdIsConfigurable() {
        Map<AbilityItem, Integer> scores = scoresSumming(70, 1);
        AdjustmentFacts twoEvents = new AdjustmentFacts(false, false, 2, false);
        assertThat(AbilityGrading.grade(scores, twoEvents, new GradingPolicy(true, 2))
                        .finalGrade())
                .isEqualTo(AbilityGrade.MODERATE);
        assertThat(AbilityGrading.grade(scores, twoEvents, new GradingPolicy(true, 3))
                        .finalGrade())
                .isEqualTo(AbilityGrade.MILD);
        assertThat(AbilityGrading.grade(scores, new AdjustmentFacts(false, false, 1, false), GradingPolicy.DEFAULT)
                        .finalGrade())
                .isEqualTo(AbilityGrade.MILD);
    }

    @Test
    void anyScoreOutsideItsRangeIsRejected() {
        qt().forAll(integers().between(0, 25), integers().between(-50, 50))
                .assuming((index, score) -> {
                    AbilityItem item = AbilityItem.values()[index];
                    return score < 0 || score > item.max();
                })
                .checkAssert((index, score) -> {
                    AbilityItem item = AbilityItem.values()[index];
                    Map<String, Integer> raw = raw(scoresSumming(45, index));
                    raw.put(item.name(), score);
                    assertThatThrownBy(() -> AbilityGrading.parse(raw))
                            .isInstanceOfSatisfying(DomainException.class, e -> {
                                assertThat(e.code()).isEqualTo("ASSESSMENT_SCORE_OUT_OF_RANGE");
                                assertThat(e.details()).containsEntry("item", item.name());
                            });
                });
    }

    @Test
    void anythingButExactlyTheTwentySixItemsIsRejected() {
        qt().forAll(integers().between(0, 25)).checkAssert(index -> {
            Map<String, Integer> missing = raw(scoresSumming(50, index));
            missing.remove(AbilityItem.values()[index].name());
            assertThatThrownBy(() -> AbilityGrading.parse(missing))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.code()).isEqualTo("ASSESSMENT_ITEM_COUNT"));
        });
        Map<String, Integer> extra = raw(scoresSumming(50, 3));
        extra.put("SINGING", 2);
        assertThatThrownBy(() -> AbilityGrading.parse(extra))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("ASSESSMENT_ITEM_UNKNOWN"));
        Map<String, Integer> withNull = raw(scoresSumming(50, 3));
        withNull.put("EATING", null);
        assertThatThrownBy(() -> AbilityGrading.parse(withNull))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("ASSESSMENT_SCORE_OUT_OF_RANGE"));
    }

    static Map<String, Integer> raw(Map<AbilityItem, Integer> scores) {
        Map<String, Integer> raw = new HashMap<>();
        scores.forEach((item, score) -> raw.put(item.name(), score));
        return raw;
    }
}
