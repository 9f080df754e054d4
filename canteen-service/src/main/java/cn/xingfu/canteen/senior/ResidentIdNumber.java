package cn.xingfu.canteen.senior;

import cn.xingfu.kernel.DomainException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An 18-character resident identity number (GB 11643-1999): 6-digit area code, 8-digit date of birth,
 * 3-digit sequence (odd = male), and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
record ResidentIdNumber(String value, LocalDate dateOfBirth, boolean male) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    /** Parses and validates; throws ID_NUMBER_INVALID for anything that is not a well-formed number. */
    static ResidentIdNumber parse(String raw, LocalDate today) {
        String value = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (value.length() != 18 || !value.substring(0, 17).chars().allMatch(Character::isDigit)) {
            throw invalid("身份证号应为 18 位（前 17 位为数字）", "The ID number must have 18 characters, the first 17 digits");
        }
        if (value.charAt(0) == '0') {
            throw invalid("身份证号的地区码无效", "The area code of the ID number is invalid");
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            throw invalid("身份证号校验位不正确，请核对", "The check character of the ID number is wrong");
        }
        LocalDate born;
        try {
            born = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException e) {
            throw invalid("身份证号中的出生日期无效", "The date of birth inside the ID number is not a real date");
        }
        if (born.isBefore(EARLIEST) || born.isAfter(today)) {
            throw invalid("身份证号中的出生日期无效", "The date of birth inside the ID number is out of range");
        }
        boolean male = (value.charAt(16) - '0') % 2 == 1;
        return new ResidentIdNumber(value, born, male);
    }

    /** The MOD 11-2 check character for the first 17 digits. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    String gender() {
        return male ? "MALE" : "FEMALE";
    }

    private static DomainException invalid(String zh, String en) {
        return DomainException.invalid("ID_NUMBER_INVALID", zh, en);
    }

    @Override
    public String toString() {
        // never let the full number reach a log line by accident
        return "ResidentIdNumber[" + cn.xingfu.kernel.Masking.idNumber(value) + "]";
    }
}
