package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An order's {@link OrderView} read with one plain query (the order joined with its lines), for the live push after
 * every change: loading the aggregate through Hibernate cost most of the after-commit listener's CPU
 * (docs/performance.md). One statement is also one consistent read, so it needs no transaction of its own. It must
 * produce exactly what {@link Order#toView()} does ({@code OrderSnapshotsIT} compares both on orders of every shape).
 */
@Component
class OrderSnapshots {

    private static final String SNAPSHOT = """
            SELECT o.id, o.order_number, o.status, o.channel, o.meal_period, o.service_date, o.canteen_id, o.kiosk_id,
                   o.senior_id, o.senior_masked_name, o.gross, o.subsidy, o.self_pay, o.payment_method,
                   o.payment_status, o.tier_code, o.policy_version, o.subsidy_reason, o.verification, o.dietary_flags,
                   o.revision, o.placed_at, o.updated_at,
                   l.id AS line_id, l.menu_item_id, l.dish_id, l.name, l.name_en, l.unit_price, l.quantity
              FROM meal_order o
              LEFT JOIN meal_order_line l ON l.order_id = o.id
             WHERE o.id = ?
             ORDER BY l.id""";

    private final JdbcClient jdbc;

    OrderSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrderView> find(long orderId) {
        return jdbc.sql(SNAPSHOT).param(orderId).query(OrderSnapshots::extract);
    }

    private static Optional<OrderView> extract(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        // the order's columns repeat on every line's row: read them from the first
        long id = rs.getLong("id");
        String orderNumber = rs.getString("order_number");
        OrderStatus status = OrderStatus.valueOf(rs.getString("status"));
        Channel channel = Channel.valueOf(rs.getString("channel"));
        MealPeriod period = MealPeriod.valueOf(rs.getString("meal_period"));
        LocalDate serviceDate = rs.getObject("service_date", LocalDate.class);
        long canteenId = rs.getLong("canteen_id");
        Long kioskId = rs.getObject("kiosk_id", Long.class);
        long seniorId = rs.getLong("senior_id");
        String maskedName = rs.getString("senior_masked_name");
        var gross = rs.getBigDecimal("gross");
        var subsidy = rs.getBigDecimal("subsidy");
        var selfPay = rs.getBigDecimal("self_pay");
        PaymentMethod payment = PaymentMethod.valueOf(rs.getString("payment_method"));
        PaymentStatus paymentStatus = PaymentStatus.valueOf(rs.getString("payment_status"));
        String tierCode = rs.getString("tier_code");
        String policyVersion = rs.getString("policy_version");
        String subsidyReason = rs.getString("subsidy_reason");
        VerificationMethod verification = VerificationMethod.valueOf(rs.getString("verification"));
        String dietaryFlags = rs.getString("dietary_flags");
        long revision = rs.getLong("revision");
        Instant placedAt = utc(rs, "placed_at");
        Instant updatedAt = utc(rs, "updated_at");
        List<OrderView.Line> lines = new ArrayList<>();
        do {
            rs.getLong("line_id");
            if (!rs.wasNull()) {
                String name = rs.getString("name");
                String nameEn = rs.getString("name_en");
                lines.add(new OrderView.Line(
                        rs.getLong("menu_item_id"),
                        rs.getLong("dish_id"),
                        name,
                        rs.getInt("quantity"),
                        rs.getBigDecimal("unit_price"),
                        nameEn.isEmpty() ? name : nameEn));
            }
        } while (rs.next());
        return Optional.of(new OrderView(
                id,
                orderNumber,
                status,
                status.zh(),
                status.en(),
                channel,
                period,
                serviceDate,
                canteenId,
                kioskId,
                seniorId,
                maskedName,
                List.copyOf(lines),
                gross,
                subsidy,
                selfPay,
                payment,
                paymentStatus,
                tierCode,
                policyVersion,
                subsidyReason,
                verification,
                dietaryFlags.isEmpty() ? List.of() : Arrays.asList(dietaryFlags.split(",")),
                revision,
                placedAt,
                updatedAt));
    }

    /** Instants are stored as UTC wall-clock DATETIME(6) (see {@code DbTime}), whatever the JVM's zone. */
    private static Instant utc(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
