package cn.xingfu.canteen.menu;

import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Prices in 元 with exactly two decimals; anything else is refused rather than rounded. */
final class Money {

    static final BigDecimal MAX_PRICE = new BigDecimal("999.99");

    private Money() {}

    static BigDecimal of(BigDecimal price) {
        if (price == null
                || price.signum() < 0
                || price.compareTo(MAX_PRICE) > 0
                || price.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(
                    "INVALID_PRICE",
                    "价格应在 0 至 999.99 元之间，最多两位小数",
                    "A price must be 0 to 999.99 yuan with at most 2 decimals");
        }
        return price.setScale(2, RoundingMode.UNNECESSARY);
    }
}
