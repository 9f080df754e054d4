package cn.xingfu.care.rating;

import cn.xingfu.kernel.DomainException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores → level, with vetoes, eligibility and the first-application cap. Plain Java, no Spring. */
final class RatingRules {

    private RatingRules() {}

    static void checkScores(ThresholdTable table, PartScores scores) {
        for (RatingPart part : RatingPart.values()) {
            int score = scores.get(part);
            int max = table.maxima().get(part);
            if (score < 0 || score > max) {
                throw DomainException.invalid(
                                "PART_SCORE_OUT_OF_RANGE",
                                part.chinese() + "得分须在 0 到 " + max + " 之间",
                                part + " must score between 0 and " + max)
                        .with(Map.of("part", part.name(), "max", max));
            }
        }
    }

    static Evaluation evaluate(
            ThresholdTable table,
            RatingPolicy policy,
            PartScores scores,
            Vetoes vetoes,
            LocalDate openedOn,
            LocalDate assessedOn,
            boolean firstApplication) {
        checkScores(table, scores);
        int byScore = table.levelFor(scores);

        List<Evaluation.Reason> vetoReasons = new ArrayList<>();
        if (!vetoes.gb38600Compliant()) {
            vetoReasons.add(new Evaluation.Reason(
                    "GB38600_NONCOMPLIANT", "不符合 GB 38600-2019 养老机构服务安全基本规范", "Not compliant with GB 38600-2019"));
        }
        LocalDate lookbackStart = assessedOn.minusYears(policy.vetoLookbackYears());
        if (vetoes.lastAccidentOrPenalty() != null
                && !vetoes.lastAccidentOrPenalty().isBefore(lookbackStart)
                && !vetoes.lastAccidentOrPenalty().isAfter(assessedOn)) {
            vetoReasons.add(new Evaluation.Reason(
                    "ACCIDENT_OR_PENALTY_IN_LOOKBACK",
                    "近 " + policy.vetoLookbackYears() + " 年内发生责任事故或受到处罚",
                    "An accident or penalty within the last " + policy.vetoLookbackYears() + " years"));
        }
        if (vetoes.onDishonestList()) {
            vetoReasons.add(new Evaluation.Reason(
                    "ON_DISHONEST_LIST", "被列入养老服务失信联合惩戒名单", "On the elderly-care dishonesty list"));
        }
        if (vetoes.refusedPlaqueReturn()) {
            vetoReasons.add(new Evaluation.Reason(
                    "REFUSED_PLAQUE_RETURN", "拒不交回原等级牌匾或证书", "Refused to return a previous plaque or certificate"));
        }

        List<Evaluation.Reason> eligibility = new ArrayList<>();
        if (openedOn.plusYears(policy.minOperatingYears()).isAfter(assessedOn)) {
            eligibility.add(new Evaluation.Reason(
                    "OPERATING_TOO_SHORT",
                    "运营未满 " + policy.minOperatingYears() + " 年，暂不能申请",
                    "Operating for less than " + policy.minOperatingYears() + " year(s); cannot apply yet"));
        }

        int awarded = byScore;
        boolean capped = false;
        if (firstApplication && awarded > policy.firstApplicationMaxLevel()) {
            awarded = policy.firstApplicationMaxLevel();
            capped = true;
        }
        if (!vetoReasons.isEmpty() || !eligibility.isEmpty()) {
            awarded = 0;
        }
        ThresholdTable.Gap gap =
                table.above(byScore).map(t -> table.gap(t, scores)).orElse(null);
        return new Evaluation(
                scores.total(),
                byScore,
                awarded,
                firstApplication,
                capped,
                List.copyOf(vetoReasons),
                List.copyOf(eligibility),
                gap,
                table.id(),
                table.label(),
                table.demo());
    }
}
