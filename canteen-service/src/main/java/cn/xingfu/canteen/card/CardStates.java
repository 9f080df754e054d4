package cn.xingfu.canteen.card;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a card's current state in plain SQL on every scan. Never cached: a card blocked or re-issued through one
 * instance must be refused at once by all of them.
 */
@Component
class CardStates {

    private static final String SELECT =
            "SELECT id, senior_id, card_version, status, extra_canteen_ids FROM card WHERE ";

    private final JdbcTemplate jdbc;

    CardStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CardState> byId(long cardId) {
        return jdbc.query(SELECT + "id = ?", CardStates::row, cardId).stream().findFirst();
    }

    Optional<CardState> byManualCode(String manualCode) {
        return jdbc.query(SELECT + "manual_code = ?", CardStates::row, manualCode).stream()
                .findFirst();
    }

    private static CardState row(ResultSet rs, int n) throws SQLException {
        return new CardState(
                rs.getLong(1), rs.getLong(2), rs.getInt(3), CardStatus.valueOf(rs.getString(4)), rs.getString(5));
    }
}
