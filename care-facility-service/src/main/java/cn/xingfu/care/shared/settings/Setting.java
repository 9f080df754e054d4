package cn.xingfu.care.shared.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One dated value of a threshold (beds per dementia unit, reassessment interval, visits a month...).
 * Values are never edited: a new rule gets a new row from its effective date, so past decisions can be
 * explained with the rule that was in force. {@code district} null means "every district".
 */
@Entity
@Table(name = "care_setting")
public class Setting {

    @Id
    private Long id;

    @Column(name = "setting_key", nullable = false, length = 80)
    private String key;

    @Column(length = 40)
    private @Nullable String district;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private @Nullable LocalDate effectiveTo;

    @Column(length = 300)
    private @Nullable String note;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Setting() {}

    Setting(
            long id,
            String key,
            @Nullable String district,
            String value,
            LocalDate effectiveFrom,
            @Nullable LocalDate effectiveTo,
            @Nullable String note,
            String createdBy,
            Instant now) {
        this.id = id;
        this.key = key;
        this.district = district;
        this.value = value;
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    boolean appliesOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public SettingValue view() {
        return new SettingValue(id, key, district, value, effectiveFrom, effectiveTo, note);
    }

    public String key() {
        return key;
    }

    public @Nullable String district() {
        return district;
    }

    public String value() {
        return value;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }
}
