package cn.xingfu.care.shared.crypto;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The blind index of a resident identity number: the same number typed with a lower-case x or stray spaces
 * gives the same index. One purpose per table, so a resident's index cannot be matched against a staff index.
 */
public final class IdNumberIndex {

    public static final String RESIDENT = "resident.id_number";
    public static final String STAFF = "care_staff.id_number";

    private IdNumberIndex() {}

    public static String normalise(String idNumber) {
        return idNumber.trim().toUpperCase(Locale.ROOT);
    }

    public static @Nullable String of(FieldCipher cipher, String purpose, @Nullable String idNumber) {
        return idNumber == null || idNumber.isBlank() ? null : cipher.blindIndex(purpose, normalise(idNumber));
    }
}
