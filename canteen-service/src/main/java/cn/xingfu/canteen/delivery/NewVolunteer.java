package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import java.util.Set;

/** What the canteen records about a volunteer or staff driver. */
public record NewVolunteer(
        String name,
        String phone,
        Set<MealPeriod> periods,
        int boxCapacity,
        TransportMode transport,
        boolean staffDriver) {}
