package cn.xingfu.canteen.delivery.web;

import cn.xingfu.canteen.delivery.NewVolunteer;
import cn.xingfu.canteen.delivery.SubstitutionView;
import cn.xingfu.canteen.delivery.VolunteerRegistry;
import cn.xingfu.canteen.delivery.VolunteerView;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Volunteers", description = "Delivery volunteers, weekly schedule and substitutions")
class VolunteerController {

    private final VolunteerRegistry registry;

    VolunteerController(VolunteerRegistry registry) {
        this.registry = registry;
    }

    @GetMapping("/api/canteens/{canteenId}/volunteers")
    List<VolunteerView> list(@PathVariable long canteenId, Actor actor) {
        return registry.list(canteenId, actor);
    }

    @PostMapping("/api/canteens/{canteenId}/volunteers")
    @ResponseStatus(HttpStatus.CREATED)
    VolunteerView register(@PathVariable long canteenId, @Valid @RequestBody VolunteerRequest request, Actor actor) {
        return registry.register(canteenId, request.toDetails(), actor);
    }

    @PutMapping("/api/volunteers/{volunteerId}")
    VolunteerView update(@PathVariable long volunteerId, @Valid @RequestBody VolunteerRequest request, Actor actor) {
        return registry.update(volunteerId, request.toDetails(), actor);
    }

    @PostMapping("/api/volunteers/{volunteerId}/pause")
    VolunteerView pause(@PathVariable long volunteerId, Actor actor) {
        return registry.pause(volunteerId, actor);
    }

    @PostMapping("/api/volunteers/{volunteerId}/activate")
    VolunteerView activate(@PathVariable long volunteerId, Actor actor) {
        return registry.activate(volunteerId, actor);
    }

    @PutMapping("/api/volunteers/{volunteerId}/schedule")
    VolunteerView schedule(
            @PathVariable long volunteerId,
            @RequestBody @Size(max = 21) List<@Valid ShiftRequest> weekly,
            Actor actor) {
        return registry.schedule(
                volunteerId,
                weekly.stream()
                        .map(s -> new VolunteerView.ShiftView(s.dayOfWeek(), s.period()))
                        .toList(),
                actor);
    }

    @PostMapping("/api/volunteers/{volunteerId}/login")
    VolunteerView createLogin(@PathVariable long volunteerId, @Valid @RequestBody LoginRequest request, Actor actor) {
        return registry.createLogin(volunteerId, request.username(), request.password(), actor);
    }

    @PostMapping("/api/volunteers/{volunteerId}/releases")
    @ResponseStatus(HttpStatus.CREATED)
    SubstitutionView release(@PathVariable long volunteerId, @Valid @RequestBody ReleaseRequest request, Actor actor) {
        return registry.release(volunteerId, request.date(), request.period(), actor);
    }

    @PostMapping("/api/substitutions/{substitutionId}/take")
    SubstitutionView take(@PathVariable long substitutionId, @Valid @RequestBody TakeRequest request, Actor actor) {
        return registry.take(substitutionId, request.volunteerId(), actor);
    }

    @GetMapping("/api/canteens/{canteenId}/substitutions")
    List<SubstitutionView> substitutions(@PathVariable long canteenId, Actor actor) {
        return registry.substitutions(canteenId, actor);
    }

    /** {@code phone} may be left out of an update: the list shows it masked, so staff cannot send it back. */
    record VolunteerRequest(
            @NotBlank @Size(max = 100) String name,
            @Nullable @Size(max = 32) String phone,
            @NotEmpty Set<MealPeriod> periods,
            @Min(1) @Max(40) int boxCapacity,
            @NotNull TransportMode transport,
            boolean staffDriver) {

        NewVolunteer toDetails() {
            return new NewVolunteer(name, phone, periods, boxCapacity, transport, staffDriver);
        }
    }

    record ShiftRequest(
            @Min(1) @Max(7) int dayOfWeek, @NotNull MealPeriod period) {}

    record LoginRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(min = 8, max = 100) String password) {}

    record ReleaseRequest(@NotNull LocalDate date, @NotNull MealPeriod period) {}

    record TakeRequest(@NotNull Long volunteerId, @Nullable String note) {}
}
