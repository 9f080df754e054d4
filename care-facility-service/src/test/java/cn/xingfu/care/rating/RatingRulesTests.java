package cn.xingfu.care.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import cn.xingfu.kernel.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Property tests of the level table at its boundaries, with random (but consistent) threshold tables. */
class RatingRulesTests {

    static final PartScores MAXIMA = new PartScores(120, 130, 150, 600);
    static final RatingPolicy POLICY = new RatingPolicy(3, 2, 1);
    static final LocalDate ASSESSED = LocalDate.of(2026, 6, 30);
    static final LocalDate OPENED_LONG_AGO = LocalDate.of(2015, 1, 1);

    /** A random table: five levels, every part minimum and the total minimum strictly increasing. */
    static ThresholdTable table(long seed) {
        Random random = new Random(seed);
        int[][] minima = new int[4][];
        for (int part = 0; part < 4; part++) {
            int max = MAXIMA.get(RatingPart.values()[part]);
            minima[part] = random.ints(5, 0, max / 2).sorted().toArray();
            for (int i = 1; i < 5; i++) {
                minima[part][i] = Math.max(minima[part][i], minima[part][i - 1] + 1);
            }
        }
        List<ThresholdTable.LevelThreshold> levels = new ArrayList<>();
        int previousTotal = -1;
        for (int i = 0; i < 5; i++) {
            PartScores min = new PartScores(minima[0][i], minima[1][i], minima[2][i], minima[3][i]);
            int room = MAXIMA.total() - min.total();
            int total = Math.max(previousTotal + 1, min.total() + random.nextInt(Math.max(1, room / 4)));
            levels.add(new ThresholdTable.LevelThreshold(i + 1, total, min));
            previousTotal = total;
        }
        ThresholdTable table = new ThresholdTable(
                seed, RatingScheme.STAR, "test", true, LocalDate.of(2019, 7, 1), null, MAXIMA, levels);
        table.check();
        return table;
    }

    /** Scores meeting every part minimum of the level with the total exactly at its minimum. */
    static PartScores exactlyAt(ThresholdTable.LevelThreshold threshold, long seed) {
        Random random = new Random(seed);
        int[] scores = new int[4];
        for (int part = 0; part < 4; part++) {
            scores[part] = threshold.minimum().get(RatingPart.values()[part]);
        }
        int slack = threshold.minTotal() - Arrays.stream(scores).sum();
        while (slack > 0) {
            int part = random.nextInt(4);
            int room = MAXIMA.get(RatingPart.values()[part]) - scores[part];
            int add = Math.min(room, 1 + random.nextInt(slack));
            scores[part] += add;
            slack -= add;
        }
        return new PartScores(scores[0], scores[1], scores[2], scores[3]);
    }

    static Gen<Long> seeds() {
        return longs().all();
    }

    static Gen<Integer> levels() {
        return integers().between(1, 5);
    }

    static Evaluation evaluate(ThresholdTable table, PartScores scores, Vetoes vetoes, boolean first) {
        return RatingRules.evaluate(table, POLICY, scores, vetoes, OPENED_LONG_AGO, ASSESSED, first);
    }

    @Test
    void exactlyAtTheThresholdReachesTheLevelAndNoMore() {
        qt().forAll(seeds(), seeds(), levels()).checkAssert((tableSeed, scoreSeed, level) -> {
            ThresholdTable table = table(tableSeed);
            PartScores scores = exactlyAt(table.levels().get(level - 1), scoreSeed);
            Evaluation evaluation = evaluate(table, scores, Vetoes.none(), false);
            assertThat(evaluation.levelByScore()).isEqualTo(level);
            assertThat(evaluation.levelAwarded()).isEqualTo(level);
            assertThat(evaluation.total())
                    .isEqualTo(table.levels().get(level - 1).minTotal());
        });
    }

    @Test
    void onePointBelowTheMinimumTotalMissesTheLevel() {
        qt().forAll(seeds(), seeds(), levels(), integers().between(0, 3))
                .checkAssert((tableSeed, scoreSeed, level, p) -> {
                    ThresholdTable table = table(tableSeed);
                    ThresholdTable.LevelThreshold threshold = table.levels().get(level - 1);
                    PartScores at = exactlyAt(threshold, scoreSeed);
                    // take the point from a part that is above its minimum, so only the total fails
                    RatingPart part = Arrays.stream(RatingPart.values())
                            .filter(candidate ->
                                    at.get(candidate) > threshold.minimum().get(candidate))
                            .findFirst()
                            .orElse(RatingPart.values()[p]);
                    PartScores below = minusOne(at, part);
                    if (below == null) {
                        return;
                    }
                    Evaluation evaluation = evaluate(table, below, Vetoes.none(), false);
                    assertThat(evaluation.levelByScore()).isLessThan(level);
                    assertThat(evaluation.gapToNext()).isNotNull();
                    assertThat(evaluation.gapToNext().level()).isEqualTo(level);
                    assertThat(evaluation.gapToNext().totalShort()).isEqualTo(1);
                });
    }

    @Test
    void aFailingPartMinimumBlocksTheLevelEvenWhenTheTotalPasses() {
        qt().forAll(seeds(), levels(), integers().between(0, 3)).checkAssert((tableSeed, level, p) -> {
            ThresholdTable table = table(tableSeed);
            ThresholdTable.LevelThreshold threshold = table.levels().get(level - 1);
            RatingPart failing = RatingPart.values()[p];
            if (threshold.minimum().get(failing) == 0) {
                return; // a part without minimum cannot fail
            }
            // every other part at its maximum, the failing part one below its minimum
            int[] scores = new int[4];
            for (int i = 0; i < 4; i++) {
                RatingPart part = RatingPart.values()[i];
                scores[i] = part == failing ? threshold.minimum().get(part) - 1 : MAXIMA.get(part);
            }
            PartScores partial = new PartScores(scores[0], scores[1], scores[2], scores[3]);
            if (partial.total() < threshold.minTotal()) {
                return; // the total cannot pass with this part low; not the case under test
            }
            Evaluation evaluation = evaluate(table, partial, Vetoes.none(), false);
            assertThat(evaluation.levelByScore()).isLessThan(level);
            ThresholdTable.Gap gap = table.gap(threshold, partial);
            assertThat(gap.totalShort()).isZero();
            assertThat(gap.partShort().get(failing)).isEqualTo(1);
        });
    }

    @Test
    void anyVetoBlocksEveryLevel() {
        qt().forAll(seeds(), seeds(), levels(), integers().between(0, 3))
                .checkAssert((tableSeed, scoreSeed, level, v) -> {
                    ThresholdTable table = table(tableSeed);
                    PartScores scores = exactlyAt(table.levels().get(level - 1), scoreSeed);
                    Vetoes vetoes = switch (v) {
                        case 0 -> new Vetoes(false, null, false, false);
                        case 1 -> new Vetoes(true, ASSESSED.minusYears(POLICY.vetoLookbackYears()), false, false);
                        case 2 -> new Vetoes(true, null, true, false);
                        default -> new Vetoes(true, null, false, true);
                    };
                    Evaluation evaluation = evaluate(table, scores, vetoes, false);
                    assertThat(evaluation.levelByScore()).isEqualTo(level);
                    assertThat(evaluation.levelAwarded()).isZero();
                    assertThat(evaluation.vetoes()).hasSize(1);
                });
    }

    @Test
    void theLookBackEndsExactlyAtItsBoundary() {
        ThresholdTable table = table(7);
        PartScores top = exactlyAt(table.levels().get(4), 1);
        LocalDate boundary = ASSESSED.minusYears(2);
        assertThat(evaluate(table, top, new Vetoes(true, boundary, false, false), false)
                        .vetoes())
                .extracting(Evaluation.Reason::code)
                .containsExactly("ACCIDENT_OR_PENALTY_IN_LOOKBACK");
        assertThat(evaluate(table, top, new Vetoes(true, boundary.minusDays(1), false, false), false)
                        .levelAwarded())
                .isEqualTo(5);
    }

    @Test
    void aFirstApplicationIsCappedAtTheConfiguredLevel() {
        qt().forAll(seeds(), seeds(), levels(), integers().between(1, 5))
                .checkAssert((tableSeed, scoreSeed, level, cap) -> {
                    ThresholdTable table = table(tableSeed);
                    PartScores scores = exactlyAt(table.levels().get(level - 1), scoreSeed);
                    Evaluation first = RatingRules.evaluate(
                            table, new RatingPolicy(cap, 2, 1), scores, Vetoes.none(), OPENED_LONG_AGO, ASSESSED, true);
                    Evaluation again = RatingRules.evaluate(
                            table,
                            new RatingPolicy(cap, 2, 1),
                            scores,
                            Vetoes.none(),
                            OPENED_LONG_AGO,
                            ASSESSED,
                            false);
                    assertThat(first.levelAwarded()).isEqualTo(Math.min(level, cap));
                    assertThat(first.capped()).isEqualTo(level > cap);
                    assertThat(again.levelAwarded()).isEqualTo(level);
                });
    }

    @Test
    void aFacilityMustHaveOperatedOneYear() {
        ThresholdTable table = table(11);
        PartScores scores = exactlyAt(table.levels().get(1), 3);
        LocalDate oneYear = ASSESSED.minusYears(1);
        assertThat(RatingRules.evaluate(table, POLICY, scores, Vetoes.none(), oneYear, ASSESSED, false)
                        .levelAwarded())
                .isEqualTo(2);
        Evaluation tooNew =
                RatingRules.evaluate(table, POLICY, scores, Vetoes.none(), oneYear.plusDays(1), ASSESSED, false);
        assertThat(tooNew.levelAwarded()).isZero();
        assertThat(tooNew.eligibilityIssues())
                .extracting(Evaluation.Reason::code)
                .containsExactly("OPERATING_TOO_SHORT");
    }

    @Test
    void scoresOutsideZeroToTheMaximumAreRefused() {
        ThresholdTable table = table(5);
        qt().forAll(integers().between(0, 3), integers().between(1, 1000)).checkAssert((p, excess) -> {
            RatingPart part = RatingPart.values()[p];
            for (int bad : new int[] {-excess, MAXIMA.get(part) + excess}) {
                int[] scores = {0, 0, 0, 0};
                scores[p] = bad;
                assertThatThrownBy(() -> evaluate(
                                table,
                                new PartScores(scores[0], scores[1], scores[2], scores[3]),
                                Vetoes.none(),
                                false))
                        .isInstanceOf(DomainException.class)
                        .hasMessageContaining("PART_SCORE_OUT_OF_RANGE");
            }
        });
    }

    @Test
    void inconsistentTablesAreRefused() {
        ThresholdTable good = table(3);
        List<ThresholdTable.LevelThreshold> swapped = new ArrayList<>(good.levels());
        var second = swapped.get(1);
        swapped.set(1, new ThresholdTable.LevelThreshold(2, swapped.get(0).minTotal() - 1, second.minimum()));
        ThresholdTable bad =
                new ThresholdTable(1, RatingScheme.STAR, "bad", true, good.effectiveFrom(), null, MAXIMA, swapped);
        assertThatThrownBy(bad::check).hasMessageContaining("THRESHOLD_TABLE_INVALID");
    }

    private static PartScores minusOne(PartScores scores, RatingPart part) {
        if (scores.get(part) == 0) {
            return null;
        }
        int[] values = {scores.environment(), scores.facilities(), scores.operations(), scores.service()};
        values[part.ordinal()]--;
        return new PartScores(values[0], values[1], values[2], values[3]);
    }
}
