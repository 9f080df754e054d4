package cn.xingfu.canteen.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Encrypts single text fields with AES-256-GCM under a named key, so keys can rotate without downtime: the
 * active key encrypts every new value, every configured key decrypts, and {@link KeyRotationJob} rewrites
 * old values under the active key. Blind indexes (HMAC-SHA256) use a separate key that does not rotate,
 * because rotating it would break every equality lookup at once.
 *
 * <p>Envelope (text, fits a VARCHAR): {@code xf1:<key id>:<base64 of 12-byte nonce + ciphertext + 16-byte tag>}.
 * The header {@code xf1:<key id>:} is authenticated as associated data, so a value moved to another key id
 * is refused instead of decrypted into garbage.
 */
public final class FieldCipher {

    public static final String FORMAT = "xf1";

    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,15}");
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys;
    private final String activeKeyId;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys key id → base64 of 32 random bytes; every id ever used for data still in the database
     * @param activeKeyId the key new values are encrypted with
     * @param indexKey base64 of at least 32 random bytes for blind indexes
     */
    public FieldCipher(Map<String, String> keys, String activeKeyId, String indexKey) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("xingfu.crypto.keys is empty: configure at least one data key"
                    + " (XINGFU_CRYPTO_KEYS_<ID>=base64 of 32 random bytes, XINGFU_CRYPTO_ACTIVE_KEY=<id>)");
        }
        Map<String, SecretKeySpec> parsed = new LinkedHashMap<>();
        keys.forEach((id, base64) -> {
            if (!KEY_ID.matcher(id).matches()) {
                throw new IllegalStateException(
                        "xingfu.crypto.keys: key id '" + id + "' must be 1-16 lower-case letters, digits or '-'");
            }
            byte[] key = decodeKey("xingfu.crypto.keys." + id, base64);
            if (key.length != 32) {
                throw new IllegalStateException(
                        "xingfu.crypto.keys." + id + " must be 32 bytes (AES-256), got " + key.length);
            }
            parsed.put(id, new SecretKeySpec(key, "AES"));
        });
        if (!parsed.containsKey(activeKeyId)) {
            throw new IllegalStateException("xingfu.crypto.active-key '" + activeKeyId
                    + "' is not among the configured keys " + parsed.keySet());
        }
        byte[] index = decodeKey("xingfu.crypto.index-key", indexKey);
        if (index.length < 32) {
            throw new IllegalStateException("xingfu.crypto.index-key must be at least 32 bytes, got " + index.length);
        }
        this.keys = Map.copyOf(parsed);
        this.activeKeyId = activeKeyId;
        this.indexKey = new SecretKeySpec(index, "HmacSHA256");
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** The start every value encrypted under the active key has: the rotation job looks for values without it. */
    public String activePrefix() {
        return FORMAT + ':' + activeKeyId + ':';
    }

    public @Nullable String encrypt(@Nullable String plain) {
        if (plain == null) {
            return null;
        }
        String header = activePrefix();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] body = ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
            return header + Base64.getEncoder().encodeToString(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public @Nullable String decrypt(@Nullable String envelope) {
        if (envelope == null) {
            return null;
        }
        int first = envelope.indexOf(':');
        int second = first < 0 ? -1 : envelope.indexOf(':', first + 1);
        if (second < 0 || !FORMAT.equals(envelope.substring(0, first))) {
            throw new FieldDecryptionException("not an encrypted field of format " + FORMAT);
        }
        String keyId = envelope.substring(first + 1, second);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new FieldDecryptionException("value encrypted with key id '" + keyId
                    + "', which is not configured (configured: "
                    + keys.keySet().stream().sorted().toList()
                    + "); add it to xingfu.crypto.keys");
        }
        byte[] body;
        try {
            body = Base64.getDecoder().decode(envelope.substring(second + 1));
        } catch (IllegalArgumentException e) {
            throw new FieldDecryptionException("encrypted field is not valid base64 (tampered or truncated)");
        }
        if (body.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new FieldDecryptionException("encrypted field is too short (tampered or truncated)");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, body, 0, NONCE_BYTES));
            cipher.updateAAD(envelope.substring(0, second + 1).getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(body, NONCE_BYTES, body.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new FieldDecryptionException("encrypted field failed authentication under key id '" + keyId
                    + "' (tampered, or a different key" + " with the same id)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /** Whether the value is an envelope (of any key) rather than legacy plaintext. */
    public static boolean isEnvelope(@Nullable String value) {
        return value != null && value.startsWith(FORMAT + ':');
    }

    /** Re-encrypts under the active key; values already under it come back unchanged. */
    public @Nullable String reencrypt(@Nullable String envelope) {
        if (envelope == null || envelope.startsWith(activePrefix())) {
            return envelope;
        }
        return encrypt(decrypt(envelope));
    }

    /**
     * A deterministic keyed hash (hex, 64 chars) of {@code value} within {@code purpose}: equal values give
     * equal indexes, but the index reveals nothing without the index key.
     */
    public String blindIndex(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal((purpose + '\u0000' + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeKey(String property, @Nullable String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set");
        }
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not valid base64", e);
        }
    }
}
