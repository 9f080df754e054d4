package cn.xingfu.canteen.card;

import java.security.SecureRandom;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The 8-character code printed on a card for typing in when the QR cannot be read. The alphabet leaves out
 * 0/O and 1/I so nobody confuses them; 32 symbols give 2^40 (about 1.1 trillion) codes, drawn at random,
 * so with even 100,000 cards a guess hits with probability below 1 in 10 million, and failed guesses are
 * logged and throttled.
 */
final class ManualCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int LENGTH = 8;

    private final SecureRandom random;

    ManualCodes(SecureRandom random) {
        this.random = random;
    }

    String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Upper-cases and drops spaces and dashes (cards print "ABCD-EFGH"); {@code null} when it cannot be a code. */
    static @Nullable String normalize(@Nullable String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH) {
            return null;
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return null;
            }
        }
        return code;
    }

    /** How the code is printed: two groups of four. */
    static String printed(String code) {
        return code.substring(0, 4) + "-" + code.substring(4);
    }
}
