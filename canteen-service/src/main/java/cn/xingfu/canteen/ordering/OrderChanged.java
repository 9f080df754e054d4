package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An order was placed or changed status or payment. Carries the order's new version so listeners that
 * push snapshots can drop stale or duplicate deliveries, and, when the change is the placement, the order as placed
 * ({@code placed}): what its transaction wrote, so a push needs no read of it (null for every later change).
 */
public record OrderChanged(
        long orderId,
        long canteenId,
        @Nullable Long kioskId,
        long seniorId,
        Channel channel,
        MealPeriod period,
        LocalDate serviceDate,
        OrderStatus status,
        @Nullable OrderStatus previousStatus,
        long version,
        @Nullable OrderView placed) {}
