package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A volunteer as the planner sees them; the phone is masked. */
public record VolunteerView(
        long id,
        String name,
        String maskedPhone,
        long homeCanteenId,
        Set<MealPeriod> periods,
        int boxCapacity,
        TransportMode transport,
        boolean staffDriver,
        boolean active,
        @Nullable String username,
        List<ShiftView> weeklySchedule) {

    /** One meal of one weekday (1 = Monday). */
    public record ShiftView(int dayOfWeek, MealPeriod period) {}
}
