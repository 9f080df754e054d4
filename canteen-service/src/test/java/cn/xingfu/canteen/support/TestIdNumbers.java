package cn.xingfu.canteen.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, distinct GB 11643 resident ID numbers for test seniors. */
public final class TestIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final AtomicInteger sequence = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestIdNumbers() {}

    /** An ID number of a person born on {@code birth} in 江津区, unique within this JVM. */
    public static String bornOn(LocalDate birth) {
        int serial = sequence.incrementAndGet() % 1000;
        String body = "500116" + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK[sum % 11];
    }
}
