package cn.xingfu.canteen.card;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Canteen names for printed cards. Reads the site module's table directly until its directory is merged;
 * a missing table or row prints a neutral label instead of failing the sheet.
 */
@Component
class CanteenNames {

    private final JdbcTemplate jdbc;

    CanteenNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String nameOf(long canteenId) {
        try {
            return jdbc.query("select name from canteen where id = ?", (rs, n) -> rs.getString(1), canteenId).stream()
                    .findFirst()
                    .orElse("幸福食堂 " + canteenId);
        } catch (DataAccessException e) {
            return "幸福食堂 " + canteenId;
        }
    }
}
