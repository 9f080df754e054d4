package cn.xingfu.care.resident.web;

import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.ConsentWorkList;
import cn.xingfu.care.resident.ConsentWorkList.AwaitingConsent;
import cn.xingfu.care.resident.ResidentConsent;
import cn.xingfu.care.resident.ResidentConsents;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents' consents to the processing of their health data: care managers of the facility and district
 * administrators list, record and withdraw them; the work list shows whom to ask.
 */
@RestController
class ConsentController {

    private final ResidentConsents consents;
    private final ConsentWorkList workList;

    ConsentController(ResidentConsents consents, ConsentWorkList workList) {
        this.consents = consents;
        this.workList = workList;
    }

    @GetMapping("/api/residents/{residentId}/consents")
    List<ResidentConsent> list(Actor actor, @PathVariable long residentId) {
        return consents.list(actor, residentId);
    }

    @PostMapping("/api/residents/{residentId}/consents")
    ResponseEntity<ResidentConsent> give(
            Actor actor, @PathVariable long residentId, @Valid @RequestBody ConsentForm request) {
        ResidentConsent consent = consents.give(actor, residentId, request);
        return ResponseEntity.created(URI.create("/api/residents/" + residentId + "/consents/" + consent.id()))
                .body(consent);
    }

    @PostMapping("/api/residents/{residentId}/consents/{consentId}/withdrawal")
    ResidentConsent withdraw(
            Actor actor,
            @PathVariable long residentId,
            @PathVariable long consentId,
            @Valid @RequestBody(required = false) @Nullable Withdrawal request) {
        return consents.withdraw(actor, residentId, consentId, request == null ? null : request.reason());
    }

    @GetMapping("/api/residents/awaiting-consent")
    List<AwaitingConsent> awaiting(Actor actor, @RequestParam(required = false) @Nullable Long facilityId) {
        return workList.awaiting(actor, facilityId);
    }

    record Withdrawal(@Size(max = 200) @Nullable String reason) {}
}
