package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * One grade change with its reason, kept with the assessment. {@code from == to} means capped. Every column is an
 * envelope: together they say the final grade and which diagnosis raised it.
 */
@Embeddable
public record Adjustment(
        @Convert(converter = EncryptedRule.class) @Column(name = "rule_code", length = 120)
        Rule rule,

        @Convert(converter = EncryptedGrade.class) @Column(name = "from_grade", length = 120)
        AbilityGrade from,

        @Convert(converter = EncryptedGrade.class) @Column(name = "to_grade", length = 120)
        AbilityGrade to,

        @Convert(converter = Encrypted.class) @Column(name = "reason_zh", length = 1000)
        String reasonZh,

        @Convert(converter = Encrypted.class) @Column(name = "reason_en", length = 1000)
        String reasonEn) {

    /** Why a grade was changed (GB/T 42195-2022 C4). */
    public enum Rule {
        DIAGNOSIS,
        RISK_EVENTS,
        COMA
    }
}
