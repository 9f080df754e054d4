package cn.xingfu.care.shared.web;

import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.settings.SettingValue;
import cn.xingfu.care.shared.settings.Settings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Dated thresholds: everyone signed in may read them, only district administrators add values. */
@RestController
@RequestMapping("/api/settings")
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @GetMapping
    List<SettingValue> all(Actor actor) {
        return settings.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SettingValue define(Actor actor, @Valid @RequestBody NewSettingValue request) {
        actor.requireDistrictAdmin();
        return settings.define(
                request.key(),
                request.district(),
                request.value(),
                request.effectiveFrom(),
                request.effectiveTo(),
                request.note(),
                actor.username());
    }

    record NewSettingValue(
            @NotBlank @Size(max = 80) String key,
            @Size(max = 40) @Nullable String district,
            @NotBlank @Size(max = 200) String value,
            @NotNull LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            @Size(max = 300) @Nullable String note) {}
}
