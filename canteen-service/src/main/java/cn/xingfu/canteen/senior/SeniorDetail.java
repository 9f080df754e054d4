package cn.xingfu.canteen.senior;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A senior as canteen staff of the home canteen see them. The ID number is always masked. */
public record SeniorDetail(
        long id,
        String name,
        String nameInitials,
        String gender,
        LocalDate dateOfBirth,
        String maskedIdNumber,
        @Nullable String phone,
        @Nullable String maskedPhone,
        String address,
        @Nullable Double latitude,
        @Nullable Double longitude,
        long homeCanteenId,
        List<StatusPeriod> statuses,
        DietaryNeeds dietary,
        @Nullable EmergencyContact emergencyContact,
        @Nullable CommunityWorker communityWorker,
        @Nullable String deliveryNotes,
        @Nullable LocalTime preferredDeliveryFrom,
        @Nullable LocalTime preferredDeliveryUntil,
        Lifecycle lifecycle,
        @Nullable String lifecycleReason,
        @Nullable Instant lifecycleChangedAt,
        int version)
        implements SeniorView {}
