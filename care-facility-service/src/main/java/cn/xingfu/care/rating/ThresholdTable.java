package cn.xingfu.care.rating;

import cn.xingfu.kernel.DomainException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The cut-offs in force for a scheme from a date: part maxima and, per level, a minimum total and a
 * minimum for every part. A level needs all of them. {@code demo} marks placeholder numbers.
 */
public record ThresholdTable(
        long id,
        RatingScheme scheme,
        String label,
        boolean demo,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        PartScores maxima,
        List<LevelThreshold> levels) {

    /** Minimum total and per-part minima for one level. */
    public record LevelThreshold(int level, int minTotal, PartScores minimum) {}

    /** How far scores are from a level: points missing on the total and on each part (0 = met). */
    public record Gap(int level, int totalShort, Map<RatingPart, Integer> partShort) {}

    public ThresholdTable {
        levels = levels.stream()
                .sorted(Comparator.comparingInt(LevelThreshold::level))
                .toList();
    }

    /** Refuses a table that could never be applied consistently. */
    public void check() {
        LevelThreshold previous = null;
        for (LevelThreshold threshold : levels) {
            if (threshold.level() < 1 || threshold.level() > 5) {
                throw invalid("等级必须为 1 到 5", "Levels are 1 to 5");
            }
            if (previous != null && previous.level() == threshold.level()) {
                throw invalid("等级重复", "A level appears twice");
            }
            for (RatingPart part : RatingPart.values()) {
                int min = threshold.minimum().get(part);
                if (min < 0 || min > maxima.get(part)) {
                    throw invalid("分项最低分须在 0 和满分之间", "Part minima must lie between 0 and the part maximum");
                }
                if (previous != null && min < previous.minimum().get(part)) {
                    throw invalid("高等级的最低分不能低于低等级", "A higher level cannot have a lower minimum");
                }
            }
            if (threshold.minTotal() < 0 || threshold.minTotal() > maxima.total()) {
                throw invalid("总分最低分须在 0 和满分之间", "The minimum total must lie between 0 and the maximum");
            }
            if (previous != null && threshold.minTotal() < previous.minTotal()) {
                throw invalid("高等级的最低总分不能低于低等级", "A higher level cannot have a lower minimum total");
            }
            previous = threshold;
        }
        if (levels.isEmpty()) {
            throw invalid("至少需要一个等级", "Give at least one level");
        }
    }

    public boolean appliesOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    /** The highest level whose total and every part minimum are met; 0 when none is. */
    public int levelFor(PartScores scores) {
        int reached = 0;
        for (LevelThreshold threshold : levels) {
            if (gap(threshold, scores).totalShort() == 0
                    && gap(threshold, scores).partShort().values().stream().allMatch(v -> v == 0)) {
                reached = Math.max(reached, threshold.level());
            }
        }
        return reached;
    }

    /** The next level above {@code level} in the table, if any. */
    public Optional<LevelThreshold> above(int level) {
        return levels.stream().filter(t -> t.level() > level).findFirst();
    }

    public Gap gap(LevelThreshold threshold, PartScores scores) {
        Map<RatingPart, Integer> parts = new EnumMap<>(RatingPart.class);
        for (RatingPart part : RatingPart.values()) {
            parts.put(part, Math.max(0, threshold.minimum().get(part) - scores.get(part)));
        }
        return new Gap(threshold.level(), Math.max(0, threshold.minTotal() - scores.total()), parts);
    }

    private static DomainException invalid(String zh, String en) {
        return DomainException.invalid("THRESHOLD_TABLE_INVALID", "阈值表无效：" + zh, "Invalid threshold table: " + en);
    }
}
