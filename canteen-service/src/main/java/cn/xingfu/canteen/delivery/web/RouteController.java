package cn.xingfu.canteen.delivery.web;

import cn.xingfu.canteen.delivery.FailureReason;
import cn.xingfu.canteen.delivery.MyRoute;
import cn.xingfu.canteen.delivery.RouteDesk;
import cn.xingfu.canteen.delivery.Wellbeing;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Volunteer route", description = "The signed-in volunteer's route and hand-overs")
class RouteController {

    private final RouteDesk desk;

    RouteController(RouteDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/api/delivery/my-route")
    ResponseEntity<MyRoute> myRoute(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
            Actor actor) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(desk.myRoute(date, actor));
    }

    @PostMapping("/api/delivery/rounds/{roundId}/picked-up")
    MyRoute.MyRound pickedUp(@PathVariable long roundId, Actor actor) {
        return desk.pickUp(roundId, actor);
    }

    @GetMapping("/api/delivery/stops/{stopId}/phone")
    @Operation(summary = "The senior's full phone number for tap-to-call (own route only; every read is logged)")
    ResponseEntity<Map<String, String>> phone(@PathVariable long stopId, Actor actor) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("phone", desk.phoneFor(stopId, actor)));
    }

    @PostMapping("/api/delivery/stops/{stopId}/delivered")
    @Operation(summary = "Handed over: proof is the senior's card, a scanned QR token or the typed short code")
    MyRoute.MyStop delivered(@PathVariable long stopId, @Valid @RequestBody DeliveredRequest request, Actor actor) {
        return desk.delivered(stopId, request.qrToken(), request.manualCode(), actor);
    }

    @PostMapping("/api/delivery/stops/{stopId}/not-delivered")
    MyRoute.MyStop notDelivered(
            @PathVariable long stopId, @Valid @RequestBody NotDeliveredRequest request, Actor actor) {
        return desk.notDelivered(
                stopId, request.reason(), request.note(), request.photoBase64(), request.photoType(), actor);
    }

    @PostMapping(
            value = "/api/delivery/stops/{stopId}/card-image",
            consumes = {MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE})
    @Operation(
            summary = "Handed over: proof is a photo or camera frame of the senior's card (JPEG or PNG body)",
            description = "422 NO_CARD_IN_IMAGE when no QR code can be read; the phone then sends another frame")
    MyRoute.MyStop deliveredWithCardImage(@PathVariable long stopId, @RequestBody byte[] image, Actor actor) {
        return desk.deliveredWithCardImage(stopId, image, actor);
    }

    @PostMapping("/api/delivery/stops/{stopId}/wellbeing")
    @Operation(
            summary = "The volunteer's check at the door after the hand-over: FINE, UNWELL or NEEDS_CALL",
            description = "UNWELL and NEEDS_CALL raise a welfare alert for the canteen staff")
    MyRoute.MyStop wellbeing(@PathVariable long stopId, @Valid @RequestBody WellbeingRequest request, Actor actor) {
        return desk.checkWellbeing(stopId, request.check(), request.note(), actor);
    }

    record WellbeingRequest(
            @NotNull Wellbeing check,
            @Nullable @Size(max = 300) String note) {}

    record DeliveredRequest(
            @Nullable @Size(max = 2000) String qrToken,
            @Nullable @Size(max = 32) String manualCode) {}

    record NotDeliveredRequest(
            @NotNull FailureReason reason,
            @Nullable @Size(max = 300) String note,
            @Nullable @Size(max = 66_000) String photoBase64,
            @Nullable @Size(max = 40) String photoType) {}
}
