package cn.xingfu.care.shared.settings;

import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated, per-district configuration. Every threshold of the care rules is read here for the date it
 * applies to; defaults (Qingtian figures, GB/T practice) are seeded by each module's migration.
 * A district-specific value beats the all-districts value; among equals the latest start wins.
 */
@Service
public class Settings {

    private final SettingRows rows;
    private final Clock clock;

    Settings(SettingRows rows, Clock clock) {
        this.clock = clock;
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public String text(String key, LocalDate on, @Nullable String district) {
        return rows.findByKey(key).stream()
                .filter(row -> row.appliesOn(on))
                .filter(row -> row.district() == null || row.district().equals(district))
                .max(Comparator.comparing((Setting row) -> row.district() != null)
                        .thenComparing(Setting::effectiveFrom))
                .map(Setting::value)
                .orElseThrow(() -> new IllegalStateException("no value of setting " + key + " on " + on));
    }

    public BigDecimal number(String key, LocalDate on, @Nullable String district) {
        return new BigDecimal(text(key, on, district));
    }

    public int integer(String key, LocalDate on, @Nullable String district) {
        return number(key, on, district).intValueExact();
    }

    public boolean flag(String key, LocalDate on, @Nullable String district) {
        return Boolean.parseBoolean(text(key, on, district));
    }

    @Transactional(readOnly = true)
    public List<SettingValue> all() {
        return rows.findAllByOrderByKeyAscEffectiveFromAsc().stream()
                .map(Setting::view)
                .toList();
    }

    /**
     * Adds a dated value; the key must already exist (seeded), so typos cannot create dead settings. It starts
     * today or later: decisions already taken keep the value that was in force for them.
     */
    @Transactional
    public SettingValue define(
            String key,
            @Nullable String district,
            String value,
            LocalDate from,
            @Nullable LocalDate to,
            @Nullable String note,
            String by) {
        List<Setting> existing = rows.findByKey(key);
        if (existing.isEmpty()) {
            throw DomainException.notFound("SETTING_NOT_FOUND", "没有这个配置项", "There is no such setting");
        }
        if (isNumber(existing.get(0).value()) && !isNumber(value)) {
            throw DomainException.invalid("SETTING_NOT_A_NUMBER", "此配置项必须是数字", "This setting takes a number");
        }
        // a value that starts in the past would change decisions already taken under the old one
        if (from.isBefore(LocalDate.now(clock))) {
            throw DomainException.rejected(
                            "SETTING_BACKDATED",
                            "新的配置版本只能从今天或以后开始生效",
                            "A new setting version can take effect today or later, never in the past")
                    .with(java.util.Map.of("today", LocalDate.now(clock).toString()));
        }
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid(
                    "SETTING_DATES_INVALID", "结束日期不能早于开始日期", "The end date cannot be before the start date");
        }
        return rows.save(new Setting(Ids.next(), key, district, value, from, to, note, by, clock.instant()))
                .view();
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
