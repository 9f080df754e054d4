package cn.xingfu.canteen.card.web;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.card.CardPrinting;
import cn.xingfu.canteen.card.CardSigningKey;
import cn.xingfu.canteen.card.CardVerification;
import cn.xingfu.canteen.card.CardView;
import cn.xingfu.canteen.card.ScanContext;
import cn.xingfu.canteen.card.VerifiedCard;
import cn.xingfu.canteen.card.web.CardRequests.BlockCard;
import cn.xingfu.canteen.card.web.CardRequests.IssueCard;
import cn.xingfu.canteen.card.web.CardRequests.ScanCard;
import cn.xingfu.canteen.card.web.CardRequests.ScanResult;
import cn.xingfu.canteen.card.web.CardRequests.SigningKeys;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Card issue, re-issue, block, printing, signing keys for kiosks, and scanning. */
@RestController
class CardController {

    private static final MediaType PDF = MediaType.APPLICATION_PDF;

    private final CardManagement management;
    private final CardVerification verification;
    private final CardPrinting printing;
    private final SeniorDirectory seniors;

    CardController(
            CardManagement management, CardVerification verification, CardPrinting printing, SeniorDirectory seniors) {
        this.management = management;
        this.verification = verification;
        this.printing = printing;
        this.seniors = seniors;
    }

    @PostMapping("/api/cards")
    ResponseEntity<CardView> issue(@Valid @RequestBody IssueCard request, Actor actor) {
        CardView card = management.issue(
                request.seniorId(), request.extraCanteenIds() == null ? Set.of() : request.extraCanteenIds(), actor);
        return ResponseEntity.created(URI.create("/api/cards/" + card.id())).body(card);
    }

    @PostMapping("/api/cards/{id}/reissue")
    ResponseEntity<CardView> reissue(@PathVariable long id, Actor actor) {
        CardView card = management.reissue(id, actor);
        return ResponseEntity.created(URI.create("/api/cards/" + card.id())).body(card);
    }

    @PostMapping("/api/cards/{id}/block")
    CardView block(@PathVariable long id, @Valid @RequestBody BlockCard request, Actor actor) {
        return management.block(id, request.reason(), actor);
    }

    @PostMapping("/api/cards/{id}/unblock")
    CardView unblock(@PathVariable long id, Actor actor) {
        return management.unblock(id, actor);
    }

    @GetMapping("/api/cards/{id}")
    CardView card(@PathVariable long id, Actor actor) {
        return management.card(id, actor);
    }

    @GetMapping("/api/seniors/{seniorId}/card")
    CardView currentCard(@PathVariable long seniorId, Actor actor) {
        return management.currentCard(seniorId, actor);
    }

    @GetMapping(value = "/api/cards/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable long id, @RequestParam(defaultValue = "300") int size, Actor actor) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(printing.qrPng(id, size, actor));
    }

    @GetMapping("/api/cards/sheet.pdf")
    ResponseEntity<byte[]> sheet(
            @RequestParam(required = false) @Nullable Long canteenId,
            @RequestParam(required = false) @Nullable List<Long> cardIds,
            Actor actor) {
        byte[] pdf = printing.sheetPdf(canteenId, cardIds == null ? List.of() : cardIds, actor);
        return ResponseEntity.ok()
                .contentType(PDF)
                .cacheControl(CacheControl.noStore())
                .header("Content-Disposition", "inline; filename=\"senior-cards.pdf\"")
                .body(pdf);
    }

    @GetMapping("/api/cards/keys")
    SigningKeys keys(Actor actor) {
        return new SigningKeys(management.signingKeys());
    }

    @PostMapping("/api/cards/keys/rotate")
    CardSigningKey rotate(Actor actor) {
        return management.rotateSigningKey(actor);
    }

    /** Kiosks and staff scan at their own canteen; district administrators say which canteen. */
    @PostMapping("/api/cards/scan")
    ScanResult scan(@Valid @RequestBody ScanCard request, Actor actor) {
        boolean hasQr = request.qr() != null && !request.qr().isBlank();
        boolean hasCode = request.manualCode() != null && !request.manualCode().isBlank();
        if (hasQr == hasCode) {
            throw DomainException.invalid(
                    "SCAN_INPUT_INVALID", "请提供二维码内容或手工码（二选一）", "Send either the QR content or the manual code");
        }
        // volunteers check cards only at a senior's door, through their delivery route
        if (!actor.isKiosk()) {
            actor.requireStaff();
        }
        // a kiosk or staff member naming another canteen is refused (and logged) by the verification
        Long canteenId = request.canteenId() != null ? request.canteenId() : actor.canteenId();
        if (canteenId == null) {
            throw DomainException.invalid("CANTEEN_REQUIRED", "请指定食堂", "Say at which canteen the card is scanned");
        }
        ScanContext context = new ScanContext(actor, canteenId);
        VerifiedCard card = hasQr
                ? verification.verify(request.qr(), context)
                : verification.verifyManualCode(request.manualCode(), context);
        SeniorProfile senior = seniors.profile(card.seniorId());
        return new ScanResult(
                card.cardId(), card.seniorId(), senior.maskedName(), senior.homeCanteenId(), card.scanId());
    }
}
