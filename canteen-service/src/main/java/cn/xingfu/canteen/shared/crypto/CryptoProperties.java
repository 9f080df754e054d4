package cn.xingfu.canteen.shared.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for personal data at rest.
 *
 * @param dataKey base64 of 32 random bytes ({@code XINGFU_DATA_KEY}): encrypts the binary fields of
 *     {@link DataCipher} (ID numbers, card signing keys) and keys the blind indexes; never rotated. It is also
 *     field key {@code k0}, so an installation needs no new secret until it first rotates
 * @param keys further field keys by key id for {@link FieldCipher} ({@code XINGFU_CRYPTO_KEYS_<ID>})
 * @param activeKey the key id new field values are encrypted with ({@code XINGFU_CRYPTO_ACTIVE_KEY})
 * @param rotationBatch values the re-encryption job rewrites per column and transaction
 */
@ConfigurationProperties("xingfu.crypto")
public record CryptoProperties(
        String dataKey,
        @DefaultValue Map<String, String> keys,
        @DefaultValue("") String activeKey,
        @DefaultValue("200") int rotationBatch) {

    /** The key id the data key has when no field keys are configured. */
    public static final String DATA_KEY_ID = "k0";

    /** The configured field keys, plus the data key as {@code k0} so values written before keys were set stay readable. */
    public Map<String, String> fieldKeys() {
        Map<String, String> all = new java.util.LinkedHashMap<>(keys);
        all.putIfAbsent(DATA_KEY_ID, dataKey);
        return all;
    }

    public String activeFieldKey() {
        return activeKey.isBlank() ? DATA_KEY_ID : activeKey;
    }
}
