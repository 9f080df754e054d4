package cn.xingfu.canteen.senior;

import cn.xingfu.kernel.Masking;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a manager enters to register a senior. {@code dateOfBirth} and {@code gender} may be left out: they are
 * read from the ID number, and when given they must agree with it. {@code consents} are those given with the
 * registration; each scope of sensitive data entered needs one (see {@link SensitiveData}).
 */
public record SeniorRegistration(
        String name,
        String idNumber,
        @Nullable LocalDate dateOfBirth,
        @Nullable String gender,
        @Nullable String phone,
        String address,
        @Nullable Double latitude,
        @Nullable Double longitude,
        long homeCanteenId,
        @Nullable DietaryNeeds dietary,
        @Nullable EmergencyContact emergencyContact,
        @Nullable CommunityWorker communityWorker,
        @Nullable String deliveryNotes,
        @Nullable LocalTime preferredDeliveryFrom,
        @Nullable LocalTime preferredDeliveryUntil,
        @Nullable List<StatusPeriod> statuses,
        @Nullable List<ConsentForm> consents) {

    /** Never the ID number, phone, address or location in full: records end up in logs and exception messages. */
    @Override
    public String toString() {
        return "SeniorRegistration[name=" + Masking.name(name) + ", idNumber=" + Masking.idNumber(idNumber)
                + ", phone=" + (phone == null ? null : Masking.phone(phone)) + ", homeCanteenId=" + homeCanteenId
                + ", address=***, location=" + (latitude == null ? "none" : "***") + "]";
    }
}
