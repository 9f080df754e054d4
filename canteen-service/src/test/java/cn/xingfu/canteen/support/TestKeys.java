package cn.xingfu.canteen.support;

import java.security.SecureRandom;
import java.util.Base64;

/** Keys for services a test starts outside the test profile, where the public development key is refused. */
public final class TestKeys {

    private TestKeys() {}

    /** Base64 of 32 random bytes: a data key of the kind XINGFU_DATA_KEY holds. */
    public static String freshDataKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
