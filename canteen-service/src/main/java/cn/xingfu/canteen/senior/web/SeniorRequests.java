package cn.xingfu.canteen.senior.web;

import cn.xingfu.canteen.senior.CommunityWorker;
import cn.xingfu.canteen.senior.ConsentForm;
import cn.xingfu.canteen.senior.ConsentRecord;
import cn.xingfu.canteen.senior.ConsentScope;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.EmergencyContact;
import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorChanges;
import cn.xingfu.canteen.senior.SeniorRegistration;
import cn.xingfu.canteen.senior.SeniorSummary;
import cn.xingfu.canteen.senior.StatusPeriod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;

/** Request and response bodies of the senior API. */
final class SeniorRequests {

    private SeniorRequests() {}

    record RegisterSenior(
            @NotBlank @Size(max = 50) String name,
            @NotBlank @Size(max = 18) String idNumber,
            @Nullable LocalDate dateOfBirth,
            @Nullable String gender,
            @Nullable @Size(max = 20) String phone,
            @NotBlank @Size(max = 200) String address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @NotNull Long homeCanteenId,
            @Nullable DietaryNeeds dietary,
            @Nullable EmergencyContact emergencyContact,
            @Nullable CommunityWorker communityWorker,
            @Nullable @Size(max = 500) String deliveryNotes,
            @Nullable LocalTime preferredDeliveryFrom,
            @Nullable LocalTime preferredDeliveryUntil,
            @Nullable @Valid List<AddStatus> statuses,
            @Nullable @Valid List<GiveConsent> consents) {

        SeniorRegistration toRegistration() {
            return new SeniorRegistration(
                    name,
                    idNumber,
                    dateOfBirth,
                    gender,
                    phone,
                    address,
                    latitude,
                    longitude,
                    homeCanteenId,
                    dietary,
                    emergencyContact,
                    communityWorker,
                    deliveryNotes,
                    preferredDeliveryFrom,
                    preferredDeliveryUntil,
                    statuses == null
                            ? List.of()
                            : statuses.stream().map(AddStatus::toPeriod).toList(),
                    GiveConsent.forms(consents));
        }
    }

    record UpdateSenior(
            @Nullable @Size(max = 20) String phone,
            @Nullable @Size(max = 200) String address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            @Nullable DietaryNeeds dietary,
            @Nullable EmergencyContact emergencyContact,
            @Nullable CommunityWorker communityWorker,
            @Nullable @Size(max = 500) String deliveryNotes,
            @Nullable LocalTime preferredDeliveryFrom,
            @Nullable LocalTime preferredDeliveryUntil,
            @Nullable @Valid List<GiveConsent> consents) {

        SeniorChanges toChanges() {
            return new SeniorChanges(
                    phone,
                    address,
                    latitude,
                    longitude,
                    dietary,
                    emergencyContact,
                    communityWorker,
                    deliveryNotes,
                    preferredDeliveryFrom,
                    preferredDeliveryUntil,
                    GiveConsent.forms(consents));
        }
    }

    /** A consent given with a registration, a change or on its own. */
    record GiveConsent(
            @NotNull ConsentScope scope,
            @NotBlank @Size(max = 100) String givenBy,
            @NotNull ConsentRecord.Relation relation,
            @NotBlank @Size(max = 32) String documentVersion) {

        ConsentForm toForm() {
            return new ConsentForm(scope, givenBy, relation, documentVersion);
        }

        static List<ConsentForm> forms(@Nullable List<GiveConsent> consents) {
            return consents == null
                    ? List.of()
                    : consents.stream().map(GiveConsent::toForm).toList();
        }
    }

    /** A status period on its own, with the ELIGIBILITY_STATUS consent when none is in force yet. */
    record RecordStatus(
            @NotNull EligibilityStatus status,
            @NotBlank @Size(max = 100) String source,
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo,
            @Nullable @Valid List<GiveConsent> consents) {

        StatusPeriod toPeriod() {
            return new StatusPeriod(status, source, validFrom, validTo);
        }
    }

    record AddStatus(
            @NotNull EligibilityStatus status,
            @NotBlank @Size(max = 100) String source,
            @NotNull LocalDate validFrom,
            @Nullable LocalDate validTo) {

        StatusPeriod toPeriod() {
            return new StatusPeriod(status, source, validFrom, validTo);
        }
    }

    record ChangeLifecycle(
            @NotNull Lifecycle lifecycle,
            @NotBlank @Size(max = 200) String reason) {}

    record SeniorPage(List<SeniorSummary> content, int page, int size, long totalElements, int totalPages) {

        static SeniorPage of(Page<SeniorSummary> page) {
            return new SeniorPage(
                    page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }
}
