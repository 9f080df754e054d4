package cn.xingfu.canteen.senior;

import cn.xingfu.kernel.DomainException;
import java.util.regex.Pattern;

/** Mainland mobile numbers (13812345678) and landlines with area code (023-47521234). */
final class Phones {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");

    private Phones() {}

    static String normalize(String raw) {
        String phone = raw.trim().replace(" ", "");
        if (phone.startsWith("+86")) {
            phone = phone.substring(3);
        }
        if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
            throw DomainException.invalid(
                    "PHONE_INVALID",
                    "电话号码格式不正确（手机 11 位，或带区号的座机）",
                    "The phone number must be an 11-digit mobile or a landline with area code");
        }
        return phone;
    }
}
