package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.ScanResult;
import java.math.BigDecimal;
import java.util.List;

/**
 * The senior at the kiosk. Offline only the card number is known (the name and balance are the service's), and
 * {@code scan} is null.
 */
public record Senior(
        String cardToken,
        long cardId,
        String maskedName,
        BigDecimal walletBalance,
        Words subsidy,
        List<String> channels,
        ScanResult scan) {

    public boolean offline() {
        return scan == null;
    }
}
