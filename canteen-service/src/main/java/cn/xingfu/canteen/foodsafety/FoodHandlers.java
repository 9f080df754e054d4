package cn.xingfu.canteen.foodsafety;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A canteen's own roster of food handlers (《食品安全法》 art. 45): their annual health certificates, and the
 * meals they are on duty for. Nobody is put on duty on a day their certificate does not cover.
 */
@Service
public class FoodHandlers {

    private final JdbcTemplate jdbc;
    private final FoodSafetyRules rules;
    private final CanteenDirectory canteens;
    private final Clock clock;

    FoodHandlers(JdbcTemplate jdbc, FoodSafetyRules rules, CanteenDirectory canteens, Clock clock) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.canteens = canteens;
        this.clock = clock;
    }

    /** A food handler with the last day their newest certificate covers (null: none recorded). */
    public record Handler(
            long id,
            long canteenId,
            String name,
            boolean active,
            @Nullable LocalDate certifiedUntil) {

        public boolean certifiedOn(LocalDate date) {
            return certifiedUntil != null && !date.isAfter(certifiedUntil);
        }
    }

    /** A health certificate; {@code validUntil} is the last day it covers. */
    public record Certificate(
            long id, long handlerId, String number, String issuer, LocalDate issuedOn, LocalDate validUntil) {}

    /** One handler on duty for one meal. */
    public record Duty(long id, long handlerId, String handlerName, LocalDate date, MealPeriod period) {}

    @Transactional
    public Handler register(long canteenId, String name, Actor actor) {
        canteens.canteen(canteenId);
        actor.requireManager();
        actor.requireCanteen(canteenId);
        if (name == null || name.isBlank() || name.trim().length() > 50) {
            throw DomainException.invalid("NAME_REQUIRED", "请填写姓名（最多 50 字）", "Give the name (at most 50 characters)");
        }
        long id = Ids.next();
        jdbc.update(
                "INSERT INTO food_handler (id, canteen_id, name, active, created_at) VALUES (?, ?, ?, TRUE, ?)",
                id,
                canteenId,
                name.trim(),
                Timestamp.from(clock.instant()));
        return handler(id);
    }

    /**
     * Records a health certificate. It covers the district's validity (default one year) from its issue date, or
     * less if the certificate itself says so. @throws DomainException CERTIFICATE_INVALID, CERTIFICATE_EXISTS
     */
    @Transactional
    public Certificate certify(
            long handlerId,
            String number,
            String issuer,
            LocalDate issuedOn,
            @Nullable LocalDate printedValidUntil,
            Actor actor) {
        Handler handler = handler(handlerId);
        actor.requireManager();
        actor.requireCanteen(handler.canteenId());
        if (number == null
                || number.isBlank()
                || number.length() > 50
                || issuer == null
                || issuer.isBlank()
                || issuer.length() > 100
                || issuedOn.isAfter(LocalDate.now(clock.withZone(CanteenDirectory.ZONE)))) {
            throw DomainException.invalid(
                    "CERTIFICATE_INVALID",
                    "健康证明的编号、发证机构或发证日期无效",
                    "The certificate's number, issuer or issue date is not valid");
        }
        FoodSafetyRule rule =
                rules.inForce(canteens.canteen(handler.canteenId()).districtCode(), issuedOn);
        LocalDate lastDay = rule.certificateLastDay(issuedOn);
        if (printedValidUntil != null && printedValidUntil.isBefore(lastDay)) {
            lastDay = printedValidUntil;
        }
        long id = Ids.next();
        try {
            jdbc.update(
                    "INSERT INTO food_handler_certificate (id, handler_id, number, issuer, issued_on, valid_until,"
                            + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    handlerId,
                    number.trim(),
                    issuer.trim(),
                    issuedOn,
                    lastDay,
                    Timestamp.from(clock.instant()),
                    actor.username());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("CERTIFICATE_EXISTS", "该健康证明已登记", "This certificate is already recorded");
        }
        return new Certificate(id, handlerId, number.trim(), issuer.trim(), issuedOn, lastDay);
    }

    /**
     * Puts a handler on duty for a meal. @throws DomainException HEALTH_CERTIFICATE_INVALID (no certificate covers
     * the date: nothing is stored), HANDLER_INACTIVE, ALREADY_ON_DUTY
     */
    @Transactional
    public Duty assign(long handlerId, LocalDate date, MealPeriod period, Actor actor) {
        Handler handler = handler(handlerId);
        actor.requireManager();
        actor.requireCanteen(handler.canteenId());
        canteens.window(handler.canteenId(), period);
        if (!handler.active()) {
            throw DomainException.rejected("HANDLER_INACTIVE", "该员工已离岗", "This food handler is no longer active");
        }
        Integer covering = jdbc.queryForObject(
                "SELECT COUNT(*) FROM food_handler_certificate WHERE handler_id = ? AND issued_on <= ? AND valid_until >= ?",
                Integer.class,
                handlerId,
                date,
                date);
        if (covering == null || covering == 0) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "HEALTH_CERTIFICATE_INVALID",
                    handler.name() + " 在 " + date + " 没有有效的健康证明，不能排班",
                    handler.name() + " has no valid health certificate on " + date + " and cannot be put on duty",
                    handler.certifiedUntil() == null
                            ? Map.of("handlerId", handlerId)
                            : Map.of(
                                    "handlerId",
                                    handlerId,
                                    "certifiedUntil",
                                    handler.certifiedUntil().toString()));
        }
        long id = Ids.next();
        try {
            jdbc.update(
                    "INSERT INTO food_handler_duty (id, handler_id, canteen_id, duty_date, meal_period, assigned_at,"
                            + " assigned_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    handlerId,
                    handler.canteenId(),
                    date,
                    period.name(),
                    Timestamp.from(clock.instant()),
                    actor.username());
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict(
                    "ALREADY_ON_DUTY", "该员工这一餐已排班", "This food handler is already on duty for this meal");
        }
        return new Duty(id, handlerId, handler.name(), date, period);
    }

    @Transactional(readOnly = true)
    public List<Handler> roster(long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return jdbc.query(
                "SELECT h.id, h.canteen_id, h.name, h.active, MAX(c.valid_until) FROM food_handler h"
                        + " LEFT JOIN food_handler_certificate c ON c.handler_id = h.id WHERE h.canteen_id = ?"
                        + " GROUP BY h.id, h.canteen_id, h.name, h.active ORDER BY h.name",
                (rs, i) -> new Handler(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getBoolean(4),
                        rs.getObject(5, LocalDate.class)),
                canteenId);
    }

    @Transactional(readOnly = true)
    public List<Duty> duties(long canteenId, LocalDate date, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        return jdbc.query(
                "SELECT d.id, d.handler_id, h.name, d.duty_date, d.meal_period FROM food_handler_duty d"
                        + " JOIN food_handler h ON h.id = d.handler_id WHERE d.canteen_id = ? AND d.duty_date = ?"
                        + " ORDER BY d.meal_period, h.name",
                (rs, i) -> new Duty(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        MealPeriod.valueOf(rs.getString(5))),
                canteenId,
                date);
    }

    private Handler handler(long id) {
        return jdbc
                .query(
                        "SELECT h.id, h.canteen_id, h.name, h.active, MAX(c.valid_until) FROM food_handler h"
                                + " LEFT JOIN food_handler_certificate c ON c.handler_id = h.id WHERE h.id = ?"
                                + " GROUP BY h.id, h.canteen_id, h.name, h.active",
                        (rs, i) -> new Handler(
                                rs.getLong(1),
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getBoolean(4),
                                rs.getObject(5, LocalDate.class)),
                        id)
                .stream()
                .findFirst()
                .orElseThrow(() -> DomainException.notFound("HANDLER_NOT_FOUND", "找不到该员工", "No such food handler"));
    }
}
