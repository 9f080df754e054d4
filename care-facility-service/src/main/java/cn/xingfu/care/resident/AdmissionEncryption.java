package cn.xingfu.care.resident;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notes of a stay ("discharged to hospital, stroke") are health data, and the stay's history copies them
 * into its events: both encrypted (V143 encrypted the older ones).
 */
@Configuration(proxyBeanMethods = false)
class AdmissionEncryption {

    static final EncryptedColumns ADMISSION = EncryptedColumns.of("admission", "note");
    static final EncryptedColumns ADMISSION_EVENT = EncryptedColumns.of("admission_event", "note");

    @Bean
    EncryptedColumns admissionEncryptedColumns() {
        return ADMISSION;
    }

    @Bean
    EncryptedColumns admissionEventEncryptedColumns() {
        return ADMISSION_EVENT;
    }

    @Bean
    JavaMigration encryptAdmissionPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "143",
                "resident encrypt admission notes",
                cipher,
                List.of(new Target(ADMISSION, List.of()), new Target(ADMISSION_EVENT, List.of())));
    }
}
