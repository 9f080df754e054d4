package cn.xingfu.care.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One grade change with its reason, kept with the assessment. {@code from == to} means capped. */
@Embeddable
public record Adjustment(
        @Enumerated(EnumType.STRING) @Column(name = "rule_code", length = 32)
        Rule rule,

        @Enumerated(EnumType.STRING) @Column(name = "from_grade", length = 16)
        AbilityGrade from,

        @Enumerated(EnumType.STRING) @Column(name = "to_grade", length = 16)
        AbilityGrade to,

        @Column(name = "reason_zh", length = 200) String reasonZh,
        @Column(name = "reason_en", length = 200) String reasonEn) {

    /** Why a grade was changed (GB/T 42195-2022 C4). */
    public enum Rule {
        DIAGNOSIS,
        RISK_EVENTS,
        COMA
    }
}
