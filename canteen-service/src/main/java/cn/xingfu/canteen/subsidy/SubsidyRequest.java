package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * One meal to price. {@code statusesOnServiceDate} holds only statuses valid on the service date;
 * {@code dateOfBirth} gives the age on that date.
 */
public record SubsidyRequest(
        LocalDate dateOfBirth,
        Set<EligibilityStatus> statusesOnServiceDate,
        LocalDate serviceDate,
        MealPeriod period,
        Channel channel,
        BigDecimal gross,
        SubsidyUsage usage) {}
