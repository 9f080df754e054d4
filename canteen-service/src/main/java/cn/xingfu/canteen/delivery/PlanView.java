package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A delivery plan as the planner sees it, with live progress while the solver runs. */
public record PlanView(
        long planId,
        long canteenId,
        LocalDate serviceDate,
        MealPeriod period,
        PlanStatus status,
        String statusZh,
        String statusEn,
        int progressPercent,
        @Nullable String score,
        long travelMinutes,
        int unassigned,
        int hotWindowLate,
        @Nullable String message,
        List<RoundView> rounds,
        List<StopView> unassignedStops) {

    /** One volunteer's round; {@code load} is the meals on it, over {@code trips} trips of at most the capacity. */
    public record RoundView(
            long roundId,
            long volunteerId,
            String volunteerName,
            TransportMode transport,
            int boxCapacity,
            int load,
            int trips,
            RoundStatus status,
            Instant departureAt,
            long travelMinutes,
            List<StopView> stops) {}

    /**
     * One stop; the name is masked, the address is there to let the planner move stops sensibly. {@code late}: the
     * meal was handed over after the food-to-mouth ceiling; {@code beyondHotWindow}: the plan has it arrive later
     * after its trip leaves than the hot-meal window.
     */
    public record StopView(
            long stopId,
            long orderId,
            long seniorId,
            String maskedName,
            String address,
            int sequence,
            int trip,
            @Nullable Instant tripLeavesAt,
            @Nullable Instant plannedArrival,
            StopStatus status,
            double latitude,
            double longitude,
            boolean late,
            boolean beyondHotWindow) {}
}
