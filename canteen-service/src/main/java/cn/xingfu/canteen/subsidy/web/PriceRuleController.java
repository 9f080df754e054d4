package cn.xingfu.canteen.subsidy.web;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.subsidy.PriceRule;
import cn.xingfu.canteen.subsidy.PriceRules;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A canteen's own price rules: its staff read them, its manager adds and ends them. */
@RestController
@RequestMapping("/api/canteens/{canteenId}/price-rules")
class PriceRuleController {

    private final PriceRules rules;

    PriceRuleController(PriceRules rules) {
        this.rules = rules;
    }

    @GetMapping
    List<PriceRule> list(@PathVariable long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return rules.of(canteenId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PriceRule create(@PathVariable long canteenId, @Valid @RequestBody RuleRequest request, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        return rules.create(request.toRule(canteenId), actor.username());
    }

    @PostMapping("/{ruleId}/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void end(
            @PathVariable long canteenId,
            @PathVariable long ruleId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
            Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        rules.end(canteenId, ruleId, lastDay);
    }

    record RuleRequest(
            @NotNull @Pattern(regexp = "[A-Z0-9_]{1,40}") String code,
            @NotBlank @Size(max = 50) String nameZh,
            @NotBlank @Size(max = 80) String nameEn,
            @NotNull PriceRule.Kind kind,

            @DecimalMin("0.00") @DecimalMax("999.99") @Digits(integer = 3, fraction = 2)
            BigDecimal value,

            @Min(0) @Max(150) Integer minAge,
            Set<EligibilityStatus> requiredStatuses,
            @NotEmpty Set<Channel> channels,
            @NotNull LocalDate effectiveFrom,
            LocalDate effectiveTo) {

        PriceRule toRule(long canteenId) {
            return new PriceRule(
                    0,
                    canteenId,
                    code,
                    nameZh,
                    nameEn,
                    kind,
                    value == null ? BigDecimal.ZERO.setScale(2) : value,
                    minAge,
                    requiredStatuses == null ? Set.of() : requiredStatuses,
                    channels,
                    effectiveFrom,
                    effectiveTo);
        }
    }
}
