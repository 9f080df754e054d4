package cn.xingfu.care.assessment;

import cn.xingfu.kernel.DomainException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** GB/T 42195-2022 grading as plain Java: validation of the 26 scores, totals, grade and adjustments. */
public final class AbilityGrading {

    private AbilityGrading() {}

    /**
     * Reads raw item codes and scores; anything but exactly the 26 items, each within its range, is refused
     * (ASSESSMENT_ITEM_COUNT, ASSESSMENT_ITEM_UNKNOWN, ASSESSMENT_SCORE_OUT_OF_RANGE).
     */
    public static Map<AbilityItem, Integer> parse(Map<String, Integer> raw) {
        Map<AbilityItem, Integer> scores = new EnumMap<>(AbilityItem.class);
        for (Map.Entry<String, Integer> entry : raw.entrySet()) {
            AbilityItem item;
            try {
                item = AbilityItem.valueOf(entry.getKey());
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(
                                "ASSESSMENT_ITEM_UNKNOWN",
                                "评估项目不存在：" + entry.getKey(),
                                "Unknown assessment item: " + entry.getKey())
                        .with(Map.of("item", entry.getKey()));
            }
            scores.put(item, entry.getValue());
        }
        return validated(scores);
    }

    public static Map<AbilityItem, Integer> validated(Map<AbilityItem, Integer> scores) {
        if (scores.size() != AbilityItem.values().length) {
            throw DomainException.invalid(
                            "ASSESSMENT_ITEM_COUNT",
                            "评估须包含全部26项评分，现有" + scores.size() + "项",
                            "An assessment needs exactly 26 item scores, got " + scores.size())
                    .with(Map.of("expected", 26, "actual", scores.size()));
        }
        for (AbilityItem item : AbilityItem.values()) {
            Integer score = scores.get(item);
            if (score == null || score < 0 || score > item.max()) {
                throw DomainException.invalid(
                                "ASSESSMENT_SCORE_OUT_OF_RANGE",
                                item.nameZh() + "的评分须在0到" + item.max() + "之间",
                                item + " must be scored 0.." + item.max())
                        .with(Map.of("item", item.name(), "min", 0, "max", item.max(), "score", String.valueOf(score)));
            }
        }
        return Map.copyOf(scores);
    }

    public static GradingResult grade(Map<AbilityItem, Integer> scores, AdjustmentFacts facts, GradingPolicy policy) {
        Map<AbilityItem, Integer> valid = validated(scores);
        Map<Dimension, Integer> dimensions = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            dimensions.put(d, 0);
        }
        valid.forEach((item, score) -> dimensions.merge(item.dimension(), score, Integer::sum));
        int total = dimensions.values().stream().mapToInt(Integer::intValue).sum();
        AbilityGrade initial = AbilityGrade.fromTotal(total);

        List<Adjustment> adjustments = new ArrayList<>();
        AbilityGrade grade = initial;
        if (facts.coma()) {
            adjustments.add(new Adjustment(
                    Adjustment.Rule.COMA,
                    grade,
                    AbilityGrade.TOTAL_LOSS,
                    "处于昏迷状态，直接评定为能力完全丧失",
                    "Coma: total loss directly"));
            return new GradingResult(
                    Map.copyOf(dimensions), total, initial, List.copyOf(adjustments), AbilityGrade.TOTAL_LOSS);
        }
        boolean raised = false;
        if (facts.dementia() || facts.otherMentalDisorder()) {
            AbilityGrade to = grade.raisedBy(1);
            adjustments.add(new Adjustment(
                    Adjustment.Rule.DIAGNOSIS,
                    grade,
                    to,
                    facts.dementia() ? "确诊痴呆（F00-F03），提高一个等级" : "经精神科医师确诊的精神和行为障碍（F04-F99），提高一个等级",
                    facts.dementia()
                            ? "Dementia diagnosis (F00-F03): one level up"
                            : "Mental or behavioural disorder (F04-F99) diagnosed by a psychiatrist: one level up"));
            grade = to;
            raised = true;
        }
        if (facts.riskEventsInWindow() >= policy.riskEventThreshold()) {
            boolean counts = policy.stackRaises() || !raised;
            AbilityGrade to = counts ? grade.raisedBy(1) : grade;
            adjustments.add(new Adjustment(
                    Adjustment.Rule.RISK_EVENTS,
                    grade,
                    to,
                    "近30天内发生" + facts.riskEventsInWindow() + "次照护风险事件" + (counts ? "，提高一个等级" : "（配置为不叠加，不再提高）"),
                    facts.riskEventsInWindow() + " care-risk events in 30 days"
                            + (counts ? ": one level up" : " (raises configured not to stack)")));
            grade = to;
        }
        return new GradingResult(Map.copyOf(dimensions), total, initial, List.copyOf(adjustments), grade);
    }
}
