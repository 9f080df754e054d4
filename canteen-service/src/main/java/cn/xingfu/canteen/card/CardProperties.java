package cn.xingfu.canteen.card;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Card signing key from configuration: {@code signingKey} is base64 PKCS#8 of an Ed25519 private key,
 * {@code keyId} its key id. Both empty: the service generates a key once and keeps it in the database.
 */
@ConfigurationProperties("xingfu.cards")
record CardProperties(@Nullable String signingKey, @Nullable String keyId) {

    boolean configured() {
        return signingKey != null && !signingKey.isBlank();
    }
}
