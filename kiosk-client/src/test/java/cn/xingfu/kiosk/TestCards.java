package cn.xingfu.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/** Signs senior card tokens the way canteen-service does, with a key pair made for the test. */
public final class TestCards {

    private final KeyPair keys;
    private final String keyId;

    public TestCards(String keyId) {
        this.keyId = keyId;
        try {
            this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String keyId() {
        return keyId;
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String keysJson() {
        return "{\"keys\":[{\"keyId\":\"" + keyId + "\",\"algorithm\":\"Ed25519\",\"publicKey\":\"" + publicKeyBase64()
                + "\",\"active\":true}]}";
    }

    public String token(long cardId, int version, long homeCanteenId) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        String payload =
                encoder.encodeToString(("{\"c\":" + cardId + ",\"v\":" + version + ",\"h\":" + homeCanteenId + "}")
                        .getBytes(StandardCharsets.UTF_8));
        String signed = "XF1." + keyId + "." + payload;
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(keys.getPrivate());
            signature.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + encoder.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
