package cn.xingfu.canteen.foodsafety;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated per-district food-safety configuration: the version in force on a date, or the national defaults. A new
 * version starts today or later and closes the one before, so a past check never changes.
 */
@Service
public class FoodSafetyRules {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    FoodSafetyRules(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FoodSafetyRule inForce(String districtCode, LocalDate date) {
        List<FoodSafetyRule> found = jdbc.query(
                "SELECT * FROM food_safety_rule WHERE district_code = ? AND effective_from <= ?"
                        + " AND (effective_to IS NULL OR effective_to >= ?) ORDER BY effective_from DESC",
                (rs, i) -> new FoodSafetyRule(
                        rs.getString("district_code"),
                        "v" + rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_from", LocalDate.class),
                        rs.getObject("effective_to", LocalDate.class),
                        rs.getBigDecimal("min_sample_grams"),
                        rs.getInt("retention_hours"),
                        rs.getBigDecimal("fridge_min_celsius"),
                        rs.getBigDecimal("fridge_max_celsius"),
                        rs.getInt("certificate_valid_days")),
                districtCode,
                date,
                date);
        return found.isEmpty() ? FoodSafetyRule.defaults(districtCode) : found.get(0);
    }

    /**
     * A new version for a district from {@code from} (today or later; district administrators only).
     * @throws DomainException RULE_IN_PAST, RULE_INVALID
     */
    @Transactional
    public FoodSafetyRule define(
            String districtCode,
            LocalDate from,
            BigDecimal minSampleGrams,
            int retentionHours,
            BigDecimal fridgeMin,
            BigDecimal fridgeMax,
            int certificateValidDays,
            Actor actor) {
        actor.requireStaff();
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "此操作需要区级管理员", "Only a district administrator may do this");
        }
        if (from.isBefore(LocalDate.now(clock.withZone(cn.xingfu.canteen.site.CanteenDirectory.ZONE)))) {
            throw DomainException.rejected(
                    "RULE_IN_PAST", "新规定只能从今天或以后生效", "A new version can only take effect today or later");
        }
        if (minSampleGrams.signum() <= 0
                || retentionHours < 1
                || fridgeMin.compareTo(fridgeMax) >= 0
                || certificateValidDays < 1
                || !districtCode.matches("\\d{6}")) {
            throw DomainException.invalid("RULE_INVALID", "规定的数值无效", "The rule's figures are not valid");
        }
        jdbc.update(
                "UPDATE food_safety_rule SET effective_to = ? WHERE district_code = ? AND effective_to IS NULL"
                        + " AND effective_from < ?",
                from.minusDays(1),
                districtCode,
                from);
        jdbc.update(
                "INSERT INTO food_safety_rule (id, district_code, effective_from, min_sample_grams, retention_hours,"
                        + " fridge_min_celsius, fridge_max_celsius, certificate_valid_days, created_at, created_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Ids.next(),
                districtCode,
                from,
                minSampleGrams,
                retentionHours,
                fridgeMin,
                fridgeMax,
                certificateValidDays,
                Timestamp.from(clock.instant()),
                actor.username());
        return inForce(districtCode, from);
    }
}
