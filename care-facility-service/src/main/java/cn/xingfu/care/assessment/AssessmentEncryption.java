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
 * An assessment's dimension sums, total and grades say how far a resident is disabled: encrypted (V141
 * encrypted the older ones). The 26 item scores (table {@code assessment_item}) are not: see docs/privacy.md.
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

    @Bean
    EncryptedColumns abilityAssessmentEncryptedColumns() {
        return ABILITY_ASSESSMENT;
    }

    @Bean
    JavaMigration encryptAbilityAssessmentPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "141",
                "assessment encrypt dimension sums totals grades",
                cipher,
                List.of(new Target(ABILITY_ASSESSMENT, List.of())));
    }
}
