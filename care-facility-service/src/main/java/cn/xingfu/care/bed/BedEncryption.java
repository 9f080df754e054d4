package cn.xingfu.care.bed;

import cn.xingfu.care.shared.crypto.EncryptedColumns;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.PlaintextEncryption;
import cn.xingfu.care.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A home-care bed's address is the resident's home address: encrypted (V108 encrypted the older ones). */
@Configuration(proxyBeanMethods = false)
class BedEncryption {

    static final EncryptedColumns BED = EncryptedColumns.of("bed", "home_address");

    @Bean
    EncryptedColumns bedEncryptedColumns() {
        return BED;
    }

    @Bean
    JavaMigration encryptBedPlaintext(FieldCipher cipher) {
        return new PlaintextEncryption(
                "108", "bed encrypt home-care addresses", cipher, List.of(new Target(BED, List.of())));
    }
}
