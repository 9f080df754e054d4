package cn.xingfu.canteen.carelink;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hash both services compute from a resident ID number (hex HMAC-SHA256 with the shared matching key over
 * "xingfu-resident-match-v1", a zero byte and the number in upper case). care-facility-service has its own copy.
 */
final class SeniorMatch {

    private static final String PURPOSE = "xingfu-resident-match-v1";

    private final SecretKeySpec key;

    SeniorMatch(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length < 32) {
            throw new IllegalStateException("xingfu.care-link.matching-key must be at least 32 bytes (base64)");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of()
                    .formatHex(mac.doFinal((PURPOSE + '\u0000' + idNumber.trim().toUpperCase(Locale.ROOT))
                            .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
