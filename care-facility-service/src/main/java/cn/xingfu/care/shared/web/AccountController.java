package cn.xingfu.care.shared.web;

import cn.xingfu.care.shared.security.AccountAdministration;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, and (district administrators only) care logins and their facilities. */
@RestController
class AccountController {

    private final AccountAdministration administration;

    AccountController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping("/api/me")
    Actor me(Actor actor) {
        return actor;
    }

    @PostMapping("/api/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Actor create(Actor actor, @Valid @RequestBody NewAccount request) {
        actor.requireDistrictAdmin();
        return administration.create(
                request.username(), request.password(), request.displayName(), request.role(), request.facilityIds());
    }

    @PutMapping("/api/accounts/{id}/facilities")
    Actor assign(Actor actor, @PathVariable long id, @Valid @RequestBody FacilityAssignment request) {
        actor.requireDistrictAdmin();
        return administration.assign(id, request.facilityIds());
    }

    record NewAccount(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}")
            String username,

            @NotBlank @Size(min = 8, max = 72) String password,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull Role role,
            @NotNull Set<Long> facilityIds) {}

    record FacilityAssignment(@NotNull Set<Long> facilityIds) {}
}
