package cn.xingfu.care.caregiver;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.IdNumberIndex;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.BlindIndex;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff ID numbers are encrypted; V107 encrypted the ones stored in plaintext before. */
@Configuration(proxyBeanMethods = false)
class StaffEncryption {

    static final EncryptedColumns STAFF = EncryptedColumns.of("care_staff", "id_number");

    @Bean
    EncryptedColumns staffEncryptedColumns() {
        return STAFF;
    }

    @Bean
    JavaMigration encryptStaffPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "107",
                "caregiver encrypt staff ID numbers",
                cipher,
                List.of(new Target(
                        STAFF,
                        List.of(new BlindIndex(
                                "id_number", "id_number_index", IdNumberIndex.STAFF, IdNumberIndex::normalise)))));
    }
}
