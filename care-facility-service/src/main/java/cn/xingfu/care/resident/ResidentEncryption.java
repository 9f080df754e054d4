package cn.xingfu.care.resident;

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

/** Which resident columns are encrypted, and the migration (V106) that encrypted the rows written before. */
@Configuration(proxyBeanMethods = false)
class ResidentEncryption {

    static final EncryptedColumns RESIDENT = EncryptedColumns.of("resident", "id_number", "phone", "health_notes");
    static final EncryptedColumns DIAGNOSIS = EncryptedColumns.of("diagnosis", "icd10_code", "name");

    @Bean
    EncryptedColumns residentEncryptedColumns() {
        return RESIDENT;
    }

    @Bean
    EncryptedColumns diagnosisEncryptedColumns() {
        return DIAGNOSIS;
    }

    @Bean
    JavaMigration encryptResidentPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "106",
                "resident encrypt ID numbers phones health notes diagnoses",
                cipher,
                List.of(
                        new Target(
                                RESIDENT,
                                List.of(new BlindIndex(
                                        "id_number",
                                        "id_number_index",
                                        IdNumberIndex.RESIDENT,
                                        IdNumberIndex::normalise))),
                        new Target(DIAGNOSIS, List.of())));
    }
}
