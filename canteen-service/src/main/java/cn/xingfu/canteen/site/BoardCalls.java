package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the pickup board of each canteen calls a ready number: on or off, which browser voice, how many times. A
 * canteen that never set anything gets {@link BoardCallSettings#DEFAULTS}.
 */
@Service
public class BoardCalls {

    private final JdbcTemplate jdbc;
    private final CanteenDirectory canteens;
    private final Clock clock;

    BoardCalls(JdbcTemplate jdbc, CanteenDirectory canteens, Clock clock) {
        this.jdbc = jdbc;
        this.canteens = canteens;
        this.clock = clock;
    }

    /** The board's settings; any staff member of the canteen (the board runs signed in as staff). */
    @Transactional(readOnly = true)
    public BoardCallSettings of(long canteenId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(canteenId);
        canteens.canteen(canteenId);
        List<BoardCallSettings> found = jdbc.query(
                "SELECT announce, voice, repeat_count FROM canteen_board_calls WHERE canteen_id = ?",
                (rs, i) -> new BoardCallSettings(rs.getBoolean(1), rs.getString(2), rs.getInt(3)),
                canteenId);
        return found.isEmpty() ? BoardCallSettings.DEFAULTS : found.get(0);
    }

    /** The canteen's manager (or a district administrator) changes them. */
    @Transactional
    public BoardCallSettings change(long canteenId, BoardCallSettings settings, Actor actor) {
        actor.requireManager();
        actor.requireCanteen(canteenId);
        canteens.canteen(canteenId);
        if (settings.repeat() < 1 || settings.repeat() > 3) {
            throw DomainException.invalid("BOARD_REPEAT_RANGE", "叫号次数须为 1 到 3 次", "Call each number 1 to 3 times");
        }
        String voice = settings.voice().strip();
        if (voice.length() > 100) {
            throw DomainException.invalid("BOARD_VOICE_TOO_LONG", "语音名称太长", "The voice name is too long");
        }
        jdbc.update(
                "INSERT INTO canteen_board_calls (canteen_id, announce, voice, repeat_count, updated_at, updated_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE announce = VALUES(announce), "
                        + "voice = VALUES(voice), repeat_count = VALUES(repeat_count), "
                        + "updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)",
                canteenId,
                settings.announce(),
                voice,
                settings.repeat(),
                Timestamp.from(clock.instant()),
                actor.username());
        return new BoardCallSettings(settings.announce(), voice, settings.repeat());
    }
}
