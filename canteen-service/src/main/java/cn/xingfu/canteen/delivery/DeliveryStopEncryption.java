package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.crypto.EncryptedColumns;
import cn.xingfu.canteen.shared.crypto.FieldCipher;
import cn.xingfu.canteen.shared.crypto.PlaintextEncryption;
import cn.xingfu.canteen.shared.crypto.PlaintextEncryption.Target;
import java.util.List;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The delivery stop's copy of the senior's coordinates is encrypted like the senior's own (the re-encryption job
 * rewrites it after a key rotation), and migration V162 encrypts the stops planned before V161 widened the
 * columns.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryStopEncryption {

    static final EncryptedColumns STOP = EncryptedColumns.of("delivery_stop", "latitude", "longitude");

    @Bean
    EncryptedColumns deliveryStopEncryptedColumns() {
        return STOP;
    }

    @Bean
    JavaMigration encryptDeliveryStopCoordinates(FieldCipher cipher) {
        return new PlaintextEncryption(
                "162", "delivery stop encrypt coordinates", cipher, List.of(new Target(STOP, List.of())));
    }
}
