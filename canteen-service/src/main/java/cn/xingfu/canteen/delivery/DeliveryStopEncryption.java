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
 * columns. The volunteer's notes at the door and the welfare alert's texts followed in V170-V171.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryStopEncryption {

    /** What V162 encrypted; kept to these two columns, the notes were still 300 characters wide then. */
    static final EncryptedColumns STOP = EncryptedColumns.of("delivery_stop", "latitude", "longitude");

    static final EncryptedColumns STOP_NOTES = EncryptedColumns.of("delivery_stop", "note", "wellbeing_note");

    static final EncryptedColumns ALERT = EncryptedColumns.of("welfare_alert", "detail", "follow_up", "resolution");

    @Bean
    EncryptedColumns deliveryStopEncryptedColumns() {
        return STOP;
    }

    @Bean
    EncryptedColumns deliveryStopNoteEncryptedColumns() {
        return STOP_NOTES;
    }

    @Bean
    EncryptedColumns welfareAlertEncryptedColumns() {
        return ALERT;
    }

    @Bean
    JavaMigration encryptDeliveryStopCoordinates(FieldCipher cipher) {
        return new PlaintextEncryption(
                "162", "delivery stop encrypt coordinates", cipher, List.of(new Target(STOP, List.of())));
    }

    @Bean
    JavaMigration encryptDeliveryNotes(FieldCipher cipher) {
        return new PlaintextEncryption(
                "171",
                "delivery encrypt notes and welfare alert texts",
                cipher,
                List.of(new Target(STOP_NOTES, List.of()), new Target(ALERT, List.of())));
    }
}
