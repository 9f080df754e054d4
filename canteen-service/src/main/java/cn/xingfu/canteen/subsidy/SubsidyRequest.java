package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One meal to price. {@code statusesOnServiceDate} holds only statuses valid on the service date;
 * {@code dateOfBirth} gives the age on that date. {@code gross} is what the canteen charges after its own price
 * rule: the subsidy never exceeds it.
 */
public record SubsidyRequest(
        LocalDate dateOfBirth,
        Set<EligibilityStatus> statusesOnServiceDate,
        LocalDate serviceDate,
        MealPeriod period,
        Channel channel,
        BigDecimal gross,
        SchemeUsage usage) {

    /** A request with the same usage counts under every scheme. */
    public SubsidyRequest(
            LocalDate dateOfBirth,
            Set<EligibilityStatus> statusesOnServiceDate,
            LocalDate serviceDate,
            MealPeriod period,
            Channel channel,
            BigDecimal gross,
            SubsidyUsage usage) {
        this(dateOfBirth, statusesOnServiceDate, serviceDate, period, channel, gross, SchemeUsage.everyScheme(usage));
    }
}
