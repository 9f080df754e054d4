package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the canteen records about a volunteer or staff driver; a {@code null} phone on an update keeps the number. */
public record NewVolunteer(
        String name,
        @Nullable String phone,
        Set<MealPeriod> periods,
        int boxCapacity,
        TransportMode transport,
        boolean staffDriver) {}
