package cn.xingfu.kiosk.simulation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Resident ID numbers for made-up seniors: the service checks the check character and the date of birth. */
public final class ResidentIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private ResidentIds() {}

    /** A GB 11643 number of the Jiangjin district with a random serial and a valid check character. */
    public static String jiangjin(LocalDate birth) {
        String body = "500116" + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}
