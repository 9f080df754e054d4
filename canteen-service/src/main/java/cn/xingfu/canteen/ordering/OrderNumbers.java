package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short numbers a senior can read off the pickup board: a channel letter and a per-canteen, per-day
 * counter (A = dine-in, T = takeaway, D = delivery: A023, T024, D025). The counter row is locked only from
 * this update to the commit, like the portion row, so it adds no extra wait at the lunch rush.
 */
@Component
class OrderNumbers {

    private final JdbcTemplate jdbc;

    OrderNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(long canteenId, LocalDate serviceDate, Channel channel) {
        jdbc.update(
                "INSERT INTO order_number_counter (canteen_id, service_date, last_number) VALUES (?, ?, 1) "
                        + "ON DUPLICATE KEY UPDATE last_number = last_number + 1",
                canteenId,
                serviceDate);
        Integer number = jdbc.queryForObject(
                "SELECT last_number FROM order_number_counter WHERE canteen_id = ? AND service_date = ?",
                Integer.class,
                canteenId,
                serviceDate);
        return format(channel, number == null ? 1 : number);
    }

    static String format(Channel channel, int number) {
        char letter = switch (channel) {
            case DINE_IN -> 'A';
            case TAKEAWAY -> 'T';
            case DELIVERY -> 'D';
        };
        return String.format("%c%03d", letter, number);
    }
}
