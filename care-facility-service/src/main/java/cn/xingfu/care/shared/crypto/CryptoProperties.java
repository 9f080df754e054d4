package cn.xingfu.care.shared.crypto;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys for personal data at rest. Production sets them from the environment: {@code XINGFU_CRYPTO_KEYS_K1}
 * (base64 of 32 random bytes, one variable per key id), {@code XINGFU_CRYPTO_ACTIVE_KEY} (the id new values
 * use) and {@code XINGFU_CRYPTO_INDEX_KEY} (blind indexes; never rotated). The demo and test profiles ship
 * public development keys.
 *
 * @param rotationBatch how many values the re-encryption job rewrites per table column and transaction
 */
@ConfigurationProperties("xingfu.crypto")
public record CryptoProperties(
        @DefaultValue Map<String, String> keys,
        @DefaultValue("") String activeKey,
        @DefaultValue("") String indexKey,
        @DefaultValue("200") int rotationBatch) {}
