package cn.xingfu.care.safety;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A resident's current standing on one risk; {@code level} UNASSESSED (no date, no assessor) is an open task. */
public record RiskView(
        Risk risk,
        String nameZh,
        String nameEn,
        RiskLevel level,
        @Nullable String measures,
        @Nullable LocalDate assessedOn,
        @Nullable String assessedBy) {

    static RiskView unassessed(Risk risk) {
        return new RiskView(risk, risk.nameZh(), risk.nameEn(), RiskLevel.UNASSESSED, null, null, null);
    }
}
