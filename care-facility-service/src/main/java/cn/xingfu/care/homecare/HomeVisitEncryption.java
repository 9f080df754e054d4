package cn.xingfu.care.homecare;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A home visit's note describes the resident's condition at home: encrypted (V144 encrypted the older ones). */
@Configuration(proxyBeanMethods = false)
class HomeVisitEncryption {

    static final EncryptedColumns HOME_VISIT = EncryptedColumns.of("home_visit", "note");

    @Bean
    EncryptedColumns homeVisitEncryptedColumns() {
        return HOME_VISIT;
    }

    @Bean
    JavaMigration encryptHomeVisitPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "144", "homecare encrypt visit notes", cipher, List.of(new Target(HOME_VISIT, List.of())));
    }
}
