package cn.xingfu.canteen.card;

import cn.xingfu.kernel.DomainException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The signed QR token printed on a card: {@code XF1.<kid>.<b64url(payload)>.<b64url(signature)>} with payload
 * {@code {"c":<cardId>,"v":<version>,"h":<homeCanteenId>}} and an Ed25519 signature over the ASCII bytes of
 * {@code XF1.<kid>.<b64url(payload)>}; base64url without padding. Kiosks check the same format offline.
 */
record CardToken(String keyId, long cardId, int version, long homeCanteenId, String signedPart, byte[] signature) {

    static final String PREFIX = "XF1";
    static final int MAX_LENGTH = 512;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String sign(String keyId, PrivateKey key, long cardId, int version, long homeCanteenId) {
        String payload = "{\"c\":" + cardId + ",\"v\":" + version + ",\"h\":" + homeCanteenId + "}";
        String signedPart = PREFIX + "." + keyId + "." + b64(payload.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return signedPart + "." + b64(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign card token", e);
        }
    }

    /** Splits and decodes; anything that is not a well-formed token is {@code CARD_FORGED}. The signature is not checked here. */
    static CardToken parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.length() > MAX_LENGTH) {
            throw forged();
        }
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4
                || !PREFIX.equals(parts[0])
                || !KEY_ID.matcher(parts[1]).matches()
                || !BASE64URL.matcher(parts[2]).matches()
                || !BASE64URL.matcher(parts[3]).matches()) {
            throw forged();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(parts[2]);
            byte[] signature = Base64.getUrlDecoder().decode(parts[3]);
            JsonNode node = JSON.readTree(payload);
            JsonNode c = node.get("c");
            JsonNode v = node.get("v");
            JsonNode h = node.get("h");
            if (!node.isObject()
                    || c == null
                    || v == null
                    || h == null
                    || !c.isIntegralNumber()
                    || !v.isInt()
                    || !h.isIntegralNumber()) {
                throw forged();
            }
            return new CardToken(
                    parts[1], c.asLong(), v.asInt(), h.asLong(), parts[0] + "." + parts[1] + "." + parts[2], signature);
        } catch (IllegalArgumentException | JacksonException e) {
            throw forged();
        }
    }

    boolean signedBy(PublicKey key) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    static DomainException forged() {
        return DomainException.rejected(
                "CARD_FORGED", "无法识别此卡（二维码无效或被篡改）", "The card is not genuine (invalid or tampered QR code)");
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
