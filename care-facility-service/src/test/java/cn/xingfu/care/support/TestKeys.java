package cn.xingfu.care.support;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Keys for a care-facility-service a test starts outside the test profile (a child JVM on the {@code mysql} profile),
 * where no public development key is configured: fresh random keys, known only to the test.
 */
public final class TestKeys {

    private TestKeys() {}

    /** Base64 of 32 random bytes: a data, blind-index or matching key of the kind production sets. */
    public static String fresh() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
