package cn.xingfu.canteen.settlement;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.canteen.site.NewCanteen;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates a month of orders straight into the order tables, as the order path writes them: every meal period of
 * every day, subsidised by one to three schemes (city, district, charity), some with a canteen price rule, some not
 * subsidised, some cancelled. Seeded, so a run can be repeated; rows go in batches.
 */
public final class MonthOfOrders {

    private static final String[] FUNDERS = {"CITY", "DISTRICT", "CHARITY"};
    private static final String[] SCHEMES = {"CITY_MEAL", "DELIVERY_ADD_ON", "CHARITY_TOP_UP"};
    private static final String[] TIERS = {"AGE_60", "AGE_80", "TEKUN"};
    private static final String[] PERIODS = {"BREAKFAST", "LUNCH", "DINNER"};
    private static final String[] CHANNELS = {"DINE_IN", "TAKEAWAY", "DELIVERY"};
    private static final String[] VERIFICATIONS = {"CARD_QR", "MANUAL_CODE", "STAFF_CHECK"};

    private final JdbcTemplate jdbc;

    public MonthOfOrders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A canteen of its own in the district. */
    public static CanteenView canteen(CanteenDirectory canteens, String district) {
        long id = Ids.next();
        MealWindow lunch = new MealWindow(
                MealPeriod.LUNCH,
                LocalTime.of(11, 0),
                LocalTime.of(13, 0),
                LocalTime.of(12, 30),
                LocalTime.of(12, 30),
                LocalTime.of(10, 0));
        return canteens.register(new NewCanteen(
                id, "S" + id, "结算测试食堂" + id, "测试街道", district, "测试路 1 号", 29.28, 106.25, List.of(lunch)));
    }

    /**
     * Writes {@code orders} orders of the canteen spread over the month for {@code seniors} seniors (ids from
     * {@code firstSenior}), and returns the ids written.
     */
    public List<Long> generate(long canteenId, YearMonth month, int orders, long firstSenior, int seniors, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Object[]> orderRows = new ArrayList<>();
        List<Object[]> shareRows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        int days = month.lengthOfMonth();
        for (int i = 0; i < orders; i++) {
            long id = Ids.next();
            ids.add(id);
            LocalDate day = month.atDay(1 + (i % days));
            String period = PERIODS[random.nextInt(PERIODS.length)];
            BigDecimal gross = BigDecimal.valueOf(500 + random.nextInt(1500), 2);
            BigDecimal discount = random.nextInt(10) == 0 ? BigDecimal.valueOf(random.nextInt(200), 2) : zero();
            BigDecimal left = gross.subtract(discount);
            BigDecimal subsidy = zero();
            String firstTier = null;
            if (random.nextInt(10) != 0) {
                int schemes = 1 + random.nextInt(3);
                for (int s = 0; s < schemes; s++) {
                    BigDecimal amount =
                            BigDecimal.valueOf(100 + random.nextInt(400), 2).min(left.subtract(subsidy));
                    if (amount.signum() <= 0) {
                        break;
                    }
                    String tier = TIERS[random.nextInt(TIERS.length)];
                    firstTier = firstTier == null ? tier : firstTier;
                    subsidy = subsidy.add(amount);
                    shareRows.add(new Object[] {id, SCHEMES[s], FUNDERS[s], tier, amount});
                }
            }
            String status = random.nextInt(12) == 0 ? "CANCELLED" : "SERVED";
            Timestamp at = Timestamp.valueOf(LocalDateTime.of(day, LocalTime.of(3, 0)));
            orderRows.add(new Object[] {
                id,
                "A" + (i % 1000),
                canteenId,
                firstSenior + random.nextInt(seniors),
                "张*" + (i % 100),
                VERIFICATIONS[random.nextInt(VERIFICATIONS.length)],
                CHANNELS[random.nextInt(CHANNELS.length)],
                period,
                day,
                status,
                gross,
                subsidy,
                left.subtract(subsidy),
                firstTier,
                discount.signum() > 0 ? "STAFF_PRICE" : null,
                discount,
                "gen:" + id,
                at,
                at
            });
            if (orderRows.size() == 2000) {
                flush(orderRows, shareRows);
            }
        }
        flush(orderRows, shareRows);
        return ids;
    }

    /** One transaction per batch: with autocommit every row would be a durable commit of its own. */
    private void flush(List<Object[]> orderRows, List<Object[]> shareRows) {
        jdbc.execute((ConnectionCallback<Void>) con -> {
            boolean auto = con.getAutoCommit();
            con.setAutoCommit(false);
            try {
                batch(con, ORDER_INSERT, orderRows);
                batch(con, SHARE_INSERT, shareRows);
                con.commit();
            } catch (SQLException e) {
                con.rollback();
                throw e;
            } finally {
                con.setAutoCommit(auto);
            }
            return null;
        });
        orderRows.clear();
        shareRows.clear();
    }

    private static void batch(Connection con, String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static final String ORDER_INSERT = "INSERT INTO meal_order (id, order_number, canteen_id,"
            + " placed_by_account_id, placed_by, senior_id, senior_masked_name, verification, channel, meal_period,"
            + " service_date, status, payment_method, payment_status, gross, subsidy, self_pay, tier_code,"
            + " policy_version, subsidy_reason, price_rule_code, price_rule_discount, dietary_flags, idempotency_key,"
            + " request_fingerprint, revision, placed_at, updated_at) VALUES (?, ?, ?, 1, 'generator', ?, ?, ?, ?, ?, ?,"
            + " ?, 'WALLET', 'PAID', ?, ?, ?, ?, 'GEN-1', 'SUBSIDISED', ?, ?, '', ?, 'f', 1, ?, ?)";

    private static final String SHARE_INSERT =
            "INSERT INTO meal_order_subsidy (order_id, scheme_code, funder, tier_code, amount) VALUES (?, ?, ?, ?, ?)";

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
