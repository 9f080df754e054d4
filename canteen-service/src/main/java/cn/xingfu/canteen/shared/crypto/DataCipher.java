package cn.xingfu.canteen.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single fields (ID numbers, private keys) with AES-256-GCM and computes blind indexes so an
 * encrypted value can still be checked for uniqueness. The index key is derived from the data key, so one
 * secret is all an operator has to manage.
 *
 * <p>Ciphertext layout: one format byte ({@value #FORMAT}), 12 bytes of random nonce, then the GCM output
 * (ciphertext followed by the 16-byte tag).
 */
public class DataCipher {

    /** The key shipped in application.yml; anyone can read it, so real deployments must override it. */
    public static final String DEVELOPMENT_KEY = "eGluZ2Z1LWRldmVsb3BtZW50LWRhdGEta2V5LTMyYnk=";

    private static final byte FORMAT = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec indexKey;
    private final SecureRandom random = new SecureRandom();

    /** A cipher over the given base64 key (32 bytes). */
    public static DataCipher of(String base64Key) {
        return new DataCipher(base64Key);
    }

    private DataCipher(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException("xingfu.crypto.data-key is not set");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("xingfu.crypto.data-key is not valid base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("xingfu.crypto.data-key must be 32 bytes, got " + key.length);
        }
        this.encryptionKey = new SecretKeySpec(key, "AES");
        this.indexKey =
                new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "xingfu-blind-index-v1"), "HmacSHA256");
    }

    public byte[] encrypt(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
                    .put(FORMAT)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public byte[] decrypt(byte[] stored) {
        if (stored.length < 1 + NONCE_BYTES + TAG_BITS / 8 || stored[0] != FORMAT) {
            throw new IllegalStateException("not a ciphertext of this format");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 1, NONCE_BYTES));
            return cipher.doFinal(stored, 1 + NONCE_BYTES, stored.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed (wrong data key or tampered value)", e);
        }
    }

    public byte[] encryptString(String plain) {
        return encrypt(plain.getBytes(StandardCharsets.UTF_8));
    }

    public String decryptString(byte[] stored) {
        return new String(decrypt(stored), StandardCharsets.UTF_8);
    }

    /**
     * A deterministic keyed hash (hex, 64 chars) of {@code value} within {@code purpose}: equal values give
     * equal indexes, but the index reveals nothing without the data key.
     */
    public String blindIndex(String purpose, String value) {
        return HexFormat.of().formatHex(hmac(indexKey, purpose + '\u0000' + value));
    }

    private static byte[] hmac(SecretKeySpec key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
