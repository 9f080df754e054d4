package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.crypto.EncryptedColumns;
import cn.xingfu.canteen.shared.crypto.FieldCipher;
import cn.xingfu.canteen.shared.crypto.PlaintextEncryption;
import cn.xingfu.canteen.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which senior columns are field-encrypted (the re-encryption job rewrites them after a key rotation), and the
 * migration V141 that encrypted the rows stored in plaintext before. The ID number has its own binary cipher
 * and blind index since V30.
 */
@Configuration(proxyBeanMethods = false)
class SeniorEncryption {

    static final EncryptedColumns SENIOR = EncryptedColumns.of(
            "senior", "phone", "address", "latitude", "longitude", "emergency_phone", "worker_phone", "delivery_notes");
    static final EncryptedColumns STATUS = EncryptedColumns.of("senior_status", "status");

    @Bean
    EncryptedColumns seniorEncryptedColumns() {
        return SENIOR;
    }

    @Bean
    EncryptedColumns seniorStatusEncryptedColumns() {
        return STATUS;
    }

    @Bean
    JavaMigration encryptSeniorPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "141",
                "senior encrypt contact location notes statuses",
                cipher,
                List.of(new Target(SENIOR, List.of()), new Target(STATUS, List.of())));
    }
}
