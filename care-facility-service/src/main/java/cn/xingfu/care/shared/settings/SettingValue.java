package cn.xingfu.care.shared.settings;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A dated configuration value as shown to people and other modules. */
public record SettingValue(
        long id,
        String key,
        @Nullable String district,
        String value,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable String note) {}
