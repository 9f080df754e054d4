package cn.xingfu.canteen.senior;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * What a delivery volunteer needs to bring a meal to the door and to raise the alarm when nobody answers.
 *
 * @param phone the full number, for tap-to-call; show {@code maskedPhone} everywhere else
 * @param deliveryNotes free text such as "hard of hearing, knock loudly"
 * @param preferredFrom start of the preferred delivery window, or {@code null} for any time
 * @param preferredUntil end of the preferred delivery window, or {@code null}
 */
public record DeliveryContact(
        long seniorId,
        String name,
        @Nullable String maskedPhone,
        @Nullable String phone,
        String address,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String deliveryNotes,
        @Nullable LocalTime preferredFrom,
        @Nullable LocalTime preferredUntil,
        @Nullable String emergencyContactName,
        @Nullable String emergencyContactRelation,
        @Nullable String emergencyContactPhone,
        @Nullable String communityWorkerName,
        @Nullable String communityWorkerPhone) {}
