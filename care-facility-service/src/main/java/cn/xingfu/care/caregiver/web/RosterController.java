package cn.xingfu.care.caregiver.web;

import cn.xingfu.care.caregiver.RosterEntryView;
import cn.xingfu.care.caregiver.Rosters;
import cn.xingfu.care.caregiver.Shift;
import cn.xingfu.care.shared.security.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The shift roster of a facility and its care units. */
@RestController
class RosterController {

    private final Rosters rosters;

    RosterController(Rosters rosters) {
        this.rosters = rosters;
    }

    @PostMapping("/api/facilities/{facilityId}/roster")
    @ResponseStatus(HttpStatus.CREATED)
    RosterEntryView schedule(Actor actor, @PathVariable long facilityId, @Valid @RequestBody RosterRequest request) {
        return rosters.schedule(
                actor, facilityId, request.unitId(), request.dutyDate(), request.shift(), request.staffId());
    }

    @GetMapping("/api/facilities/{facilityId}/roster")
    List<RosterEntryView> roster(
            Actor actor,
            @PathVariable long facilityId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return rosters.roster(actor, facilityId, from, to);
    }

    @DeleteMapping("/api/roster/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable long entryId) {
        rosters.remove(actor, entryId);
    }

    record RosterRequest(
            @Nullable Long unitId,
            @NotNull LocalDate dutyDate,
            @NotNull Shift shift,
            @NotNull Long staffId) {}
}
