package cn.xingfu.canteen.subsidy.web;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.subsidy.PolicyWarning;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.subsidy.SubsidyScheme;
import cn.xingfu.kernel.DomainException;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subsidy policy versions: staff read them, only district administrators add versions. */
@RestController
@RequestMapping("/api/subsidy-policies")
class SubsidyPolicyController {

    private final SubsidyPolicies policies;

    SubsidyPolicyController(SubsidyPolicies policies) {
        this.policies = policies;
    }

    @GetMapping
    List<SubsidyPolicy> versions(@RequestParam @Pattern(regexp = "\\d{6}") String district, Actor actor) {
        actor.requireStaff();
        return policies.versions(district);
    }

    @GetMapping("/in-force")
    CheckedPolicy inForce(
            @RequestParam @Pattern(regexp = "\\d{6}") String district,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Actor actor) {
        actor.requireStaff();
        return CheckedPolicy.of(policies.inForce(district, date));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CheckedPolicy create(@Valid @RequestBody PolicyRequest request, Actor actor) {
        requireDistrictAdmin(actor);
        return CheckedPolicy.of(policies.create(request.toPolicy(), actor.username()));
    }

    /**
     * The policy form's check before saving: the same validation as saving (400 INVALID_POLICY) and the warnings,
     * such as a minimum bill at or below the top tier; nothing is stored.
     */
    @PostMapping("/check")
    Checked check(@Valid @RequestBody PolicyRequest request, Actor actor) {
        requireDistrictAdmin(actor);
        SubsidyPolicy policy = request.toPolicy();
        policy.validate();
        return new Checked(policy.warnings());
    }

    private static void requireDistrictAdmin(Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "只有区级管理员可以设定补贴政策", "Only a district administrator may set subsidy policies");
        }
    }

    /** A policy with what the form should warn about. */
    record CheckedPolicy(@JsonUnwrapped SubsidyPolicy policy, List<PolicyWarning> warnings) {

        static CheckedPolicy of(SubsidyPolicy policy) {
            return new CheckedPolicy(policy, policy.warnings());
        }
    }

    record Checked(List<PolicyWarning> warnings) {}

    /**
     * A policy version: either {@code schemes} (each with funder, dates, channels, tiers, caps and minimum bill) and
     * {@code schemesAddUp}, or, as before schemes existed, the one scheme's {@code basis}, {@code tiers}, caps and
     * {@code minimumBill} at the top level (stored as scheme MEAL of the district).
     */
    record PolicyRequest(
            @NotNull @Pattern(regexp = "\\d{6}") String districtCode,
            @NotBlank @Size(max = 32) String version,
            @NotBlank @Size(max = 200) String label,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @Size(max = 10) List<@Valid @NotNull SchemeRequest> schemes,
            Boolean schemesAddUp,
            SubsidyPolicy.Basis basis,
            @Size(max = 20) List<@Valid @NotNull TierRequest> tiers,
            @Min(0) @Max(1000) Integer dailyCap,
            @Min(0) @Max(1000) Integer weeklyCap,
            @Min(0) @Max(1000) Integer monthlyCap,

            @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2)
            BigDecimal minimumBill,

            @Valid DeliveryRequest delivery) {

        SubsidyPolicy toPolicy() {
            SubsidyPolicy.DeliveryRule rule =
                    delivery == null ? SubsidyPolicy.DeliveryRule.standard() : delivery.toRule();
            if (schemes != null && !schemes.isEmpty()) {
                return new SubsidyPolicy(
                        districtCode,
                        version,
                        label,
                        effectiveFrom,
                        effectiveTo,
                        schemes.stream().map(s -> s.toScheme(effectiveFrom)).toList(),
                        Boolean.TRUE.equals(schemesAddUp),
                        rule);
            }
            if (basis == null || tiers == null || tiers.isEmpty() || minimumBill == null) {
                throw DomainException.invalid(
                        "INVALID_POLICY",
                        "补贴政策配置有误：请填写补贴项目，或补贴方式、档次和最低消费",
                        "Invalid subsidy policy: give schemes, or basis, tiers and minimumBill");
            }
            return new SubsidyPolicy(
                    districtCode,
                    version,
                    label,
                    effectiveFrom,
                    effectiveTo,
                    basis,
                    tiers.stream().map(TierRequest::toTier).toList(),
                    dailyCap,
                    weeklyCap,
                    monthlyCap,
                    minimumBill,
                    rule);
        }
    }

    record SchemeRequest(
            @NotNull @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
            @NotNull @Pattern(regexp = "[A-Z0-9_]{1,32}") String funder,
            @NotBlank @Size(max = 50) String nameZh,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            @NotEmpty Set<Channel> channels,
            @NotNull SubsidyPolicy.Basis basis,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull TierRequest> tiers,
            @Min(0) @Max(1000) Integer dailyCap,
            @Min(0) @Max(1000) Integer weeklyCap,
            @Min(0) @Max(1000) Integer monthlyCap,

            @NotNull @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2)
            BigDecimal minimumBill) {

        /** A scheme without its own start date starts with the policy. */
        SubsidyScheme toScheme(LocalDate policyFrom) {
            return new SubsidyScheme(
                    code,
                    funder,
                    nameZh,
                    effectiveFrom == null ? policyFrom : effectiveFrom,
                    effectiveTo,
                    channels,
                    basis,
                    tiers.stream().map(TierRequest::toTier).toList(),
                    dailyCap,
                    weeklyCap,
                    monthlyCap,
                    minimumBill);
        }
    }

    record TierRequest(
            @NotNull @Pattern(regexp = "[A-Z0-9_]{1,32}") String code,
            @NotBlank @Size(max = 50) String nameZh,
            @Min(0) @Max(150) Integer minAge,
            Set<EligibilityStatus> requiredStatuses,

            @NotNull @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2)
            BigDecimal amount) {

        SubsidyPolicy.Tier toTier() {
            return new SubsidyPolicy.Tier(
                    code, nameZh, minAge, requiredStatuses == null ? Set.of() : requiredStatuses, amount);
        }
    }

    record DeliveryRequest(
            Set<EligibilityStatus> anyOf, @Min(0) @Max(150) Integer minAge, Set<EligibilityStatus> withAgeAnyOf) {

        SubsidyPolicy.DeliveryRule toRule() {
            return new SubsidyPolicy.DeliveryRule(
                    anyOf == null ? Set.of() : anyOf, minAge, withAgeAnyOf == null ? Set.of() : withAgeAnyOf);
        }
    }
}
