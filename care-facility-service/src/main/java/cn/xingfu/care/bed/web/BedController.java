package cn.xingfu.care.bed.web;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedStatus;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.BuildingView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Buildings, floors, rooms and beds of a facility. */
@RestController
class BedController {

    private final BedRegistry registry;
    private final Clock clock;

    BedController(BedRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @GetMapping("/api/facilities/{facilityId}/buildings")
    List<BuildingView> buildings(Actor actor, @PathVariable long facilityId) {
        return registry.buildingsOf(actor, facilityId);
    }

    @PostMapping("/api/facilities/{facilityId}/buildings")
    @ResponseStatus(HttpStatus.CREATED)
    BuildingView addBuilding(Actor actor, @PathVariable long facilityId, @Valid @RequestBody NamedRequest request) {
        return registry.addBuilding(actor, facilityId, request.name());
    }

    @PostMapping("/api/buildings/{buildingId}/floors")
    @ResponseStatus(HttpStatus.CREATED)
    BuildingView.FloorView addFloor(
            Actor actor, @PathVariable long buildingId, @Valid @RequestBody FloorRequest request) {
        return registry.addFloor(actor, buildingId, request.level(), request.name());
    }

    @PostMapping("/api/floors/{floorId}/rooms")
    @ResponseStatus(HttpStatus.CREATED)
    RoomView addRoom(Actor actor, @PathVariable long floorId, @Valid @RequestBody RoomRequest request) {
        return registry.addRoom(actor, floorId, request.number(), request.type(), request.areaM2());
    }

    @PostMapping("/api/rooms/{roomId}/beds")
    @ResponseStatus(HttpStatus.CREATED)
    BedView addBed(Actor actor, @PathVariable long roomId, @Valid @RequestBody BedRequest request) {
        return registry.addBed(actor, roomId, request.label(), request.type(), orToday(request.inServiceFrom()));
    }

    @PostMapping("/api/facilities/{facilityId}/home-care-beds")
    @ResponseStatus(HttpStatus.CREATED)
    BedView addHomeCareBed(Actor actor, @PathVariable long facilityId, @Valid @RequestBody HomeCareBedRequest request) {
        return registry.addHomeCareBed(
                actor, facilityId, request.label(), request.homeAddress(), orToday(request.inServiceFrom()));
    }

    @GetMapping("/api/facilities/{facilityId}/beds")
    List<BedView> beds(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam(required = false) @Nullable BedType type,
            @RequestParam(required = false) @Nullable BedStatus status) {
        return registry.bedsOf(actor, facilityId, type, status);
    }

    @GetMapping("/api/beds/{bedId}")
    BedView bed(Actor actor, @PathVariable long bedId) {
        BedView bed = registry.get(bedId);
        actor.requireFacility(bed.facilityId());
        return bed;
    }

    @PostMapping("/api/beds/{bedId}/out-of-service")
    BedView outOfService(Actor actor, @PathVariable long bedId, @Valid @RequestBody OutageRequest request) {
        return registry.takeOutOfService(actor, bedId, orToday(request.from()), request.reason());
    }

    @PostMapping("/api/beds/{bedId}/back-in-service")
    BedView backInService(Actor actor, @PathVariable long bedId) {
        return registry.returnToService(actor, bedId, LocalDate.now(clock));
    }

    private LocalDate orToday(@Nullable LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    record NamedRequest(@NotBlank @Size(max = 60) String name) {}

    record FloorRequest(
            @Min(-5) @Max(200) int level,
            @NotBlank @Size(max = 60) String name) {}

    record RoomRequest(
            @NotBlank @Size(max = 20) String number,
            @NotNull RoomType type,
            @NotNull @DecimalMin("0.5") @DecimalMax("10000") BigDecimal areaM2) {}

    record BedRequest(
            @NotBlank @Size(max = 40) String label,
            @NotNull BedType type,
            @Nullable LocalDate inServiceFrom) {}

    record HomeCareBedRequest(
            @NotBlank @Size(max = 40) String label,
            @NotBlank @Size(max = 200) String homeAddress,
            @Nullable LocalDate inServiceFrom) {}

    record OutageRequest(
            @Nullable LocalDate from,
            @NotBlank @Size(max = 200) String reason) {}
}
