package cn.xingfu.kiosk.card;

import cn.xingfu.kiosk.canteen.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A parsed senior card QR: {@code XF1.<kid>.<b64url(payload)>.<b64url(signature)>}, payload
 * {@code {"c":cardId,"v":version,"h":homeCanteenId}}, signed over the ASCII of the first three parts.
 */
public record CardToken(
        String raw, String keyId, long cardId, int version, long homeCanteenId, String signedPart, byte[] signature) {

    public static final String PREFIX = "XF1";

    /** Parses a scanned line; throws {@link CardRejectedException} with CARD_FORGED for anything malformed. */
    public static CardToken parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0]) || parts[1].isEmpty()) {
            throw CardRejectedException.forged();
        }
        try {
            Base64.Decoder decoder = Base64.getUrlDecoder();
            byte[] payload = decoder.decode(parts[2]);
            byte[] signature = decoder.decode(parts[3]);
            JsonNode node = Json.mapper().readTree(payload);
            if (!node.path("c").isIntegralNumber() || !node.path("h").isIntegralNumber()) {
                throw CardRejectedException.forged();
            }
            return new CardToken(
                    text,
                    parts[1],
                    node.path("c").asLong(),
                    node.path("v").asInt(),
                    node.path("h").asLong(),
                    parts[0] + "." + parts[1] + "." + parts[2],
                    signature);
        } catch (IllegalArgumentException | JacksonException e) {
            throw CardRejectedException.forged();
        }
    }

    public byte[] signedBytes() {
        return signedPart.getBytes(StandardCharsets.US_ASCII);
    }
}
