package cn.xingfu.canteen.senior;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A partial update of contact, address, dietary needs and notes: {@code null} leaves a value unchanged, an
 * empty string clears an optional text. {@code consents} are given with the change; a scope of sensitive data
 * entered needs one unless a consent is already in force.
 */
public record SeniorChanges(
        @Nullable String phone,
        @Nullable String address,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable DietaryNeeds dietary,
        @Nullable EmergencyContact emergencyContact,
        @Nullable CommunityWorker communityWorker,
        @Nullable String deliveryNotes,
        @Nullable LocalTime preferredDeliveryFrom,
        @Nullable LocalTime preferredDeliveryUntil,
        java.util.@Nullable List<ConsentForm> consents) {}
