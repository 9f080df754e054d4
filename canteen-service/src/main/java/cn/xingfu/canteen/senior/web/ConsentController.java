package cn.xingfu.canteen.senior.web;

import cn.xingfu.canteen.senior.ConsentRecord;
import cn.xingfu.canteen.senior.Consents;
import cn.xingfu.canteen.shared.security.Actor;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A senior's consents: staff of the home canteen list them, managers record and withdraw them. */
@RestController
@RequestMapping("/api/seniors/{seniorId}/consents")
class ConsentController {

    private final Consents consents;

    ConsentController(Consents consents) {
        this.consents = consents;
    }

    @GetMapping
    List<ConsentRecord> list(@PathVariable long seniorId, Actor actor) {
        return consents.list(seniorId, actor);
    }

    @PostMapping
    ResponseEntity<ConsentRecord> give(
            @PathVariable long seniorId, @Valid @RequestBody SeniorRequests.GiveConsent request, Actor actor) {
        ConsentRecord record = consents.give(
                seniorId, request.scope(), request.givenBy(), request.relation(), request.documentVersion(), actor);
        return ResponseEntity.created(URI.create("/api/seniors/" + seniorId + "/consents/" + record.id()))
                .body(record);
    }

    @PostMapping("/{consentId}/withdrawal")
    ConsentRecord withdraw(
            @PathVariable long seniorId,
            @PathVariable long consentId,
            @Valid @RequestBody(required = false) @Nullable Withdraw request,
            Actor actor) {
        return consents.withdraw(seniorId, consentId, request == null ? null : request.reason(), actor);
    }

    record Withdraw(@Size(max = 200) @Nullable String reason) {}
}
