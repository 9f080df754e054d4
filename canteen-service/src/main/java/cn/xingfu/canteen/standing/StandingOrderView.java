package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A standing order as staff see it. */
public record StandingOrderView(
        long id,
        long seniorId,
        String maskedName,
        long canteenId,
        MealPeriod period,
        Channel channel,
        PaymentMethod payment,
        Set<DayOfWeek> weekdays,
        List<String> categories,
        LocalDate startsOn,
        @Nullable LocalDate endsOn,
        boolean active,
        @Nullable String endedReason,
        String createdBy,
        Instant createdAt) {}
