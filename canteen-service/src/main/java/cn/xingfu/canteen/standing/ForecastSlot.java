package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.shared.Channel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A standing-order meal not placed yet (no menu when last generated, or not generated yet): the dishes the
 * generator would choose now, or the category it could not fill ({@code missingCategory}), so the kitchen can count
 * on it and staff can call the senior ahead of time.
 */
public record ForecastSlot(
        long standingOrderId,
        long seniorId,
        Channel channel,
        List<Long> menuItemIds,
        @Nullable String missingCategory) {}
