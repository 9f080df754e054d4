package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Notes on falls and condition changes are health data: encrypted (V109 encrypted the older ones). */
@Configuration(proxyBeanMethods = false)
class CareEventEncryption {

    static final EncryptedColumns CARE_EVENT = EncryptedColumns.of("care_event", "note");

    @Bean
    EncryptedColumns careEventEncryptedColumns() {
        return CARE_EVENT;
    }

    @Bean
    JavaMigration encryptCareEventPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "109", "assessment encrypt care event notes", cipher, List.of(new Target(CARE_EVENT, List.of())));
    }
}
