package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer's rounds of one day: only what is needed to bring each meal to the door. Phones are masked; the
 * full number is fetched (and logged) only when the volunteer taps to call.
 */
public record MyRoute(long volunteerId, String volunteerName, LocalDate date, List<MyRound> rounds) {

    /**
     * One round: the kitchen, then the stops in order over {@code trips} trips; {@code nextTrip} is the trip the
     * volunteer may pick up now (0: none, while meals are out or when all have left).
     */
    public record MyRound(
            long roundId,
            MealPeriod period,
            String periodZh,
            RoundStatus status,
            String statusZh,
            String statusEn,
            Instant departureAt,
            int trips,
            int nextTrip,
            String kitchenName,
            String kitchenAddress,
            double kitchenLatitude,
            double kitchenLongitude,
            List<MyStop> stops) {}

    /**
     * One door; {@code trip} says which trip from the kitchen carries the meal, leaving at {@code tripLeavesAt};
     * {@code wellbeing} is the volunteer's check at the door once the meal was handed over.
     */
    public record MyStop(
            long stopId,
            int sequence,
            int trip,
            @Nullable Instant tripLeavesAt,
            String maskedName,
            String address,
            @Nullable String maskedPhone,
            @Nullable String deliveryNotes,
            List<String> dietaryFlags,
            List<String> dishes,
            @Nullable LocalTime preferredFrom,
            @Nullable LocalTime preferredUntil,
            @Nullable Instant plannedArrival,
            StopStatus status,
            String statusZh,
            String statusEn,
            @Nullable FailureReason reason,
            double latitude,
            double longitude,
            @Nullable Wellbeing wellbeing) {}
}
