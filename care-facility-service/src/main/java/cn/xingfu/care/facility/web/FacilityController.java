package cn.xingfu.care.facility.web;

import cn.xingfu.care.facility.FacilityDetails;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Facilities: a care manager sees hers, a district administrator sees and registers all. */
@RestController
@RequestMapping("/api/facilities")
class FacilityController {

    private final FacilityDirectory directory;

    FacilityController(FacilityDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    List<FacilityView> list(Actor actor) {
        return directory.visibleTo(actor);
    }

    @GetMapping("/{id}")
    FacilityView get(Actor actor, @PathVariable long id) {
        return directory.visible(actor, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FacilityView register(Actor actor, @Valid @RequestBody FacilityRequest request) {
        return directory.register(actor, request.details());
    }

    @PutMapping("/{id}")
    FacilityView update(Actor actor, @PathVariable long id, @Valid @RequestBody FacilityRequest request) {
        if (request.version() == null) {
            throw DomainException.invalid(
                    "VERSION_REQUIRED", "修改时须提供版本号", "Send the version you read, so concurrent edits are detected");
        }
        return directory.update(actor, id, request.version(), request.details());
    }

    record FacilityRequest(
            @NotNull FacilityType type,
            @NotBlank @Size(max = 120) String name,
            @NotBlank @Size(max = 200) String address,
            @NotBlank @Size(max = 40) String district,
            @NotBlank @Size(max = 120) String operator,
            @Size(max = 60) @Nullable String licenceNumber,
            @PastOrPresent @Nullable LocalDate filingDate,
            @NotNull LocalDate openedOn,
            @Min(0) @Max(100_000) int capacity,
            @DecimalMin("-90") @DecimalMax("90") @Nullable BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Nullable BigDecimal longitude,
            @Nullable Long version) {

        FacilityDetails details() {
            return new FacilityDetails(
                    type,
                    name,
                    address,
                    district,
                    operator,
                    licenceNumber,
                    filingDate,
                    openedOn,
                    capacity,
                    latitude,
                    longitude);
        }
    }
}
