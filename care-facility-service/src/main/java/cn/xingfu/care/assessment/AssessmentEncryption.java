package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An assessment's item scores, dimension sums, total, grades and adjustments say how far a resident is disabled
 * and why: encrypted (V141, V146 and, for the imported MZ/T 039-2013 grades and totals, V148 encrypted the older
 * ones). The collection tables are found by their
 * primary keys.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentEncryption {

    static final EncryptedColumns ABILITY_ASSESSMENT = EncryptedColumns.of(
            "ability_assessment",
            "self_care",
            "basic_mobility",
            "mental_state",
            "perception_social",
            "total_score",
            "initial_grade",
            "final_grade");

    static final EncryptedColumns ASSESSMENT_ITEM =
            EncryptedColumns.keyedBy("assessment_item", List.of("assessment_id", "item_code"), "score");

    static final EncryptedColumns ASSESSMENT_ADJUSTMENT = EncryptedColumns.keyedBy(
            "assessment_adjustment",
            List.of("assessment_id", "position"),
            "rule_code",
            "from_grade",
            "to_grade",
            "reason_zh",
            "reason_en");

    // Apart from ABILITY_ASSESSMENT, which V141 encrypts: before V147 these columns are integers and could not take
    // an envelope. MZ/T 039-2013 grades are 0..3, so they go through EncryptedInteger, not EncryptedGrade.
    static final EncryptedColumns LEGACY_ASSESSMENT =
            EncryptedColumns.of("ability_assessment", "legacy_grade", "legacy_total");

    @Bean
    EncryptedColumns legacyAssessmentEncryptedColumns() {
        return LEGACY_ASSESSMENT;
    }

    @Bean
    EncryptedColumns abilityAssessmentEncryptedColumns() {
        return ABILITY_ASSESSMENT;
    }

    @Bean
    EncryptedColumns assessmentItemEncryptedColumns() {
        return ASSESSMENT_ITEM;
    }

    @Bean
    EncryptedColumns assessmentAdjustmentEncryptedColumns() {
        return ASSESSMENT_ADJUSTMENT;
    }

    @Bean
    JavaMigration encryptAbilityAssessmentPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "141",
                "assessment encrypt dimension sums totals grades",
                cipher,
                List.of(new Target(ABILITY_ASSESSMENT, List.of())));
    }

    @Bean
    JavaMigration encryptAssessmentItemPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "146",
                "assessment encrypt item scores adjustments",
                cipher,
                List.of(new Target(ASSESSMENT_ITEM, List.of()), new Target(ASSESSMENT_ADJUSTMENT, List.of())));
    }

    @Bean
    JavaMigration encryptLegacyAssessmentPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "148",
                "assessment encrypt legacy grades totals",
                cipher,
                List.of(new Target(LEGACY_ASSESSMENT, List.of())));
    }
}
