package cn.xingfu.canteen.foodsafety;

import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canteen's sample book (留样记录) and sample fridges: a sample of each dish of each meal, weighed against the
 * district's minimum, labelled with dish, meal, time and person, kept in a sample fridge at least the retention time;
 * the fridge's temperature log; and the alerts when a rule is broken.
 */
@Service
public class SampleLog {

    private final JdbcTemplate jdbc;
    private final FoodSafetyRules rules;
    private final FoodSafetyAlerts alerts;
    private final CanteenDirectory canteens;
    private final MenuCatalog menus;
    private final Clock clock;

    SampleLog(
            JdbcTemplate jdbc,
            FoodSafetyRules rules,
            FoodSafetyAlerts alerts,
            CanteenDirectory canteens,
            MenuCatalog menus,
            Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.alerts = alerts;
        this.canteens = canteens;
        this.menus = menus;
        this.clock = clock;
    }

    /** A sample fridge of a canteen. */
    public record Fridge(long id, long canteenId, String name, boolean active) {}

    /** A retained sample; {@code keepUntil} is the earliest allowed discard. */
    public record Sample(
            long id,
            long canteenId,
            LocalDate serviceDate,
            MealPeriod period,
            long menuItemId,
            String dishName,
            BigDecimal weightGrams,
            Instant takenAt,
            String takenBy,
            long fridgeId,
            Instant keepUntil,
            @Nullable Instant discardedAt,
            @Nullable String discardedBy) {}

    /** One temperature reading of a sample fridge. */
    public record Reading(long id, long fridgeId, Instant readAt, BigDecimal celsius, boolean inRange, String readBy) {}

    @Transactional
    public Fridge addFridge(long canteenId, String name, Actor actor) {
        canteens.canteen(canteenId);
        actor.requireManager();
        actor.requireCanteen(canteenId);
        if (name == null || name.isBlank() || name.trim().length() > 50) {
            throw DomainException.invalid(
                    "FRIDGE_NAME_INVALID", "请填写留样冰箱名称（最多 50 字）", "Name the sample fridge (at most 50 characters)");
        }
        long id = Ids.next();
        try {
            jdbc.update(
                    "INSERT INTO sample_fridge (id, canteen_id, name, active, created_at) VALUES (?, ?, ?, TRUE, ?)",
                    id,
                    canteenId,
                    name.trim(),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("FRIDGE_EXISTS", "已有同名留样冰箱", "A sample fridge with this name exists");
        }
        return new Fridge(id, canteenId, name.trim(), true);
    }

    @Transactional(readOnly = true)
    public List<Fridge> fridges(long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return jdbc.query(
                "SELECT id, canteen_id, name, active FROM sample_fridge WHERE canteen_id = ? ORDER BY name",
                (rs, i) -> new Fridge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)),
                canteenId);
    }

    /**
     * Records the sample of one dish of a meal, taken now by the signed-in staff member.
     * @throws DomainException SAMPLE_UNDERWEIGHT (nothing is stored), SAMPLE_EXISTS, FRIDGE_NOT_FOUND, MENU_ITEM_NOT_FOUND
     */
    @Transactional
    public Sample take(long menuItemId, BigDecimal weightGrams, long fridgeId, Actor actor) {
        actor.requireStaff();
        MenuItemView dish = menus.item(menuItemId);
        actor.requireCanteen(dish.canteenId());
        Fridge fridge = fridge(fridgeId, dish.canteenId());
        CanteenView canteen = canteens.canteen(dish.canteenId());
        FoodSafetyRule rule = rules.inForce(canteen.districtCode(), dish.serviceDate());
        BigDecimal grams = weightGrams.setScale(1, RoundingMode.HALF_UP);
        if (!rule.heavyEnough(grams)) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "SAMPLE_UNDERWEIGHT",
                    "留样不足 " + rule.minSampleGrams().stripTrailingZeros().toPlainString() + " 克（称得 "
                            + grams.toPlainString() + " 克），请补足后再登记",
                    "A sample must weigh at least "
                            + rule.minSampleGrams().stripTrailingZeros().toPlainString() + " g (weighed "
                            + grams.toPlainString() + " g); add more and record it again",
                    Map.of("minimumGrams", rule.minSampleGrams(), "weighedGrams", grams));
        }
        Instant now = clock.instant();
        long id = Ids.next();
        Instant keepUntil = rule.keepUntil(now);
        try {
            jdbc.update(
                    "INSERT INTO food_sample (id, canteen_id, service_date, meal_period, menu_item_id, dish_name,"
                            + " weight_grams, taken_at, taken_by, fridge_id, keep_until)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    dish.canteenId(),
                    dish.serviceDate(),
                    dish.period().name(),
                    menuItemId,
                    dish.name(),
                    grams,
                    Timestamp.from(now),
                    actor.username(),
                    fridge.id(),
                    Timestamp.from(keepUntil));
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("SAMPLE_EXISTS", "这道菜本餐已留样", "This dish already has a sample for this meal");
        }
        alerts.resolveMissing(dish.canteenId(), menuItemId, actor.username(), now);
        return sample(id);
    }

    /**
     * The sample is thrown away now. Before its keep-until time that is a violation: recorded, with an alert.
     * @throws DomainException SAMPLE_NOT_FOUND, SAMPLE_ALREADY_DISCARDED
     */
    @Transactional
    public Sample discard(long sampleId, Actor actor) {
        actor.requireStaff();
        Sample sample = sample(sampleId);
        actor.requireCanteen(sample.canteenId());
        if (sample.discardedAt() != null) {
            throw DomainException.conflict("SAMPLE_ALREADY_DISCARDED", "该留样已处理", "This sample was already discarded");
        }
        Instant now = clock.instant();
        jdbc.update(
                "UPDATE food_sample SET discarded_at = ?, discarded_by = ? WHERE id = ?",
                Timestamp.from(now),
                actor.username(),
                sampleId);
        if (now.isBefore(sample.keepUntil())) {
            Duration kept = Duration.between(sample.takenAt(), now);
            alerts.raise(
                    sample.canteenId(),
                    FoodSafetyAlerts.Kind.EARLY_DISCARD,
                    "sample:" + sampleId,
                    "「" + sample.dishName() + "」留样仅保存 " + hoursMinutes(kept) + " 即被处理（应至少保存至 "
                            + FoodSafetyAlerts.local(sample.keepUntil()) + "），处理人 " + actor.username(),
                    "Sample of " + sample.dishName() + " discarded after only " + hoursMinutes(kept) + " (keep until "
                            + FoodSafetyAlerts.local(sample.keepUntil()) + ") by " + actor.username(),
                    now);
        }
        return sample(sampleId);
    }

    @Transactional(readOnly = true)
    public List<Sample> samples(long canteenId, LocalDate date, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return jdbc.query(
                "SELECT * FROM food_sample WHERE canteen_id = ? AND service_date = ? ORDER BY meal_period, taken_at",
                (rs, i) -> sampleRow(rs),
                canteenId,
                date);
    }

    /** Logs a temperature of a sample fridge; outside the district's range it raises an alert. */
    @Transactional
    public Reading read(long fridgeId, BigDecimal celsius, Actor actor) {
        actor.requireStaff();
        Fridge fridge = jdbc
                .query(
                        "SELECT id, canteen_id, name, active FROM sample_fridge WHERE id = ?",
                        (rs, i) -> new Fridge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)),
                        fridgeId)
                .stream()
                .findFirst()
                .orElseThrow(SampleLog::fridgeNotFound);
        actor.requireCanteen(fridge.canteenId());
        if (celsius.abs().compareTo(new BigDecimal("60")) > 0) {
            throw DomainException.invalid("READING_IMPLAUSIBLE", "温度读数不合理", "The temperature reading is not plausible");
        }
        BigDecimal value = celsius.setScale(1, RoundingMode.HALF_UP);
        Instant now = clock.instant();
        FoodSafetyRule rule = rules.inForce(
                canteens.canteen(fridge.canteenId()).districtCode(), LocalDate.ofInstant(now, CanteenDirectory.ZONE));
        boolean inRange = rule.inRange(value);
        long id = Ids.next();
        jdbc.update(
                "INSERT INTO fridge_reading (id, fridge_id, read_at, celsius, read_by, in_range) VALUES (?, ?, ?, ?, ?, ?)",
                id,
                fridgeId,
                Timestamp.from(now),
                value,
                actor.username(),
                inRange);
        if (!inRange) {
            String range = rule.fridgeMinCelsius().stripTrailingZeros().toPlainString() + "–"
                    + rule.fridgeMaxCelsius().stripTrailingZeros().toPlainString() + " °C";
            alerts.raise(
                    fridge.canteenId(),
                    FoodSafetyAlerts.Kind.TEMPERATURE_OUT_OF_RANGE,
                    "reading:" + id,
                    "留样冰箱「" + fridge.name() + "」温度 " + value.toPlainString() + " °C，超出 " + range,
                    "Sample fridge " + fridge.name() + " at " + value.toPlainString() + " °C, outside " + range,
                    now);
        }
        return new Reading(id, fridgeId, now, value, inRange, actor.username());
    }

    @Transactional(readOnly = true)
    public List<Reading> readings(long fridgeId, LocalDate date, Actor actor) {
        actor.requireStaff();
        long canteenId =
                jdbc
                        .query("SELECT canteen_id FROM sample_fridge WHERE id = ?", (rs, i) -> rs.getLong(1), fridgeId)
                        .stream()
                        .findFirst()
                        .orElseThrow(SampleLog::fridgeNotFound);
        actor.requireCanteen(canteenId);
        Instant from = date.atStartOfDay(CanteenDirectory.ZONE).toInstant();
        return jdbc.query(
                "SELECT id, fridge_id, read_at, celsius, in_range, read_by FROM fridge_reading WHERE fridge_id = ?"
                        + " AND read_at >= ? AND read_at < ? ORDER BY read_at",
                (rs, i) -> new Reading(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getBigDecimal(4),
                        rs.getBoolean(5),
                        rs.getString(6)),
                fridgeId,
                Timestamp.from(from),
                Timestamp.from(from.plus(Duration.ofDays(1))));
    }

    /**
     * After a meal's serving has ended, every dish on its menu must have a sample: raises MISSING_SAMPLE for each
     * one without. Idempotent (one alert per dish and meal). Returns the number of alerts raised now.
     */
    @Transactional
    public int checkMissing(long canteenId, LocalDate date) {
        CanteenView canteen = canteens.canteen(canteenId);
        Instant now = clock.instant();
        int raised = 0;
        for (MealWindow window : canteen.meals()) {
            Instant ended = LocalDateTime.of(date, window.serveUntil())
                    .atZone(CanteenDirectory.ZONE)
                    .toInstant();
            if (now.isBefore(ended)) {
                continue;
            }
            for (MenuItemView dish :
                    menus.menu(canteenId, date, window.period()).items()) {
                Integer samples = jdbc.queryForObject(
                        "SELECT COUNT(*) FROM food_sample WHERE menu_item_id = ?", Integer.class, dish.menuItemId());
                if (samples != null
                        && samples == 0
                        && alerts.raise(
                                canteenId,
                                FoodSafetyAlerts.Kind.MISSING_SAMPLE,
                                "dish:" + dish.menuItemId(),
                                date + " " + window.period().zh() + "「" + dish.name() + "」供餐结束后仍未留样",
                                date + " " + window.period().en() + ": no sample of " + dish.nameEn()
                                        + " after service ended",
                                now)) {
                    raised++;
                }
            }
        }
        return raised;
    }

    private Fridge fridge(long fridgeId, long canteenId) {
        return jdbc
                .query(
                        "SELECT id, canteen_id, name, active FROM sample_fridge WHERE id = ? AND canteen_id = ? AND active",
                        (rs, i) -> new Fridge(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)),
                        fridgeId,
                        canteenId)
                .stream()
                .findFirst()
                .orElseThrow(SampleLog::fridgeNotFound);
    }

    private Sample sample(long id) {
        return jdbc.query("SELECT * FROM food_sample WHERE id = ?", (rs, i) -> sampleRow(rs), id).stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("SAMPLE_NOT_FOUND", "找不到该留样记录", "No such sample"));
    }

    private static Sample sampleRow(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp discarded = rs.getTimestamp("discarded_at");
        return new Sample(
                rs.getLong("id"),
                rs.getLong("canteen_id"),
                rs.getObject("service_date", LocalDate.class),
                MealPeriod.valueOf(rs.getString("meal_period")),
                rs.getLong("menu_item_id"),
                rs.getString("dish_name"),
                rs.getBigDecimal("weight_grams"),
                rs.getTimestamp("taken_at").toInstant(),
                rs.getString("taken_by"),
                rs.getLong("fridge_id"),
                rs.getTimestamp("keep_until").toInstant(),
                discarded == null ? null : discarded.toInstant(),
                rs.getString("discarded_by"));
    }

    private static String hoursMinutes(Duration d) {
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }

    static DomainException fridgeNotFound() {
        return DomainException.notFound("FRIDGE_NOT_FOUND", "找不到该留样冰箱", "No such sample fridge at this canteen");
    }
}
