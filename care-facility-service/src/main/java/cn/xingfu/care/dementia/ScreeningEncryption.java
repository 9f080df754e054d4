package cn.xingfu.care.dementia;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An MMSE or MoCA score is health data: encrypted (V142 encrypted the older ones). */
@Configuration(proxyBeanMethods = false)
class ScreeningEncryption {

    static final EncryptedColumns COGNITIVE_SCREENING = EncryptedColumns.of("cognitive_screening", "score");

    @Bean
    EncryptedColumns cognitiveScreeningEncryptedColumns() {
        return COGNITIVE_SCREENING;
    }

    @Bean
    JavaMigration encryptCognitiveScreeningPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "142",
                "dementia encrypt screening scores",
                cipher,
                List.of(new Target(COGNITIVE_SCREENING, List.of())));
    }
}
