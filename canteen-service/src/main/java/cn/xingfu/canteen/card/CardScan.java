package cn.xingfu.canteen.card;

import cn.xingfu.canteen.shared.DbTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** One presentation of a card (or of something claiming to be one) and what came of it. Append-only. */
@Entity
@Table(name = "card_scan")
class CardScan {

    static final String OK = "OK";

    private static final String INSERT =
            "INSERT INTO card_scan (id, card_id, senior_id, actor_username, kiosk_id, canteen_id, scanned_at,"
                    + " outcome, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Id
    private Long id;

    @Column(name = "card_id")
    private @Nullable Long cardId;

    @Column(name = "senior_id")
    private @Nullable Long seniorId;

    @Column(name = "actor_username", nullable = false, length = 64)
    private String actorUsername;

    @Column(name = "kiosk_id")
    private @Nullable Long kioskId;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "scanned_at", nullable = false)
    private Instant scannedAt;

    @Column(nullable = false, length = 32)
    private String outcome;

    @Column(nullable = false, length = 16)
    private String method;

    protected CardScan() {}

    CardScan(
            long id,
            @Nullable Long cardId,
            @Nullable Long seniorId,
            String actorUsername,
            @Nullable Long kioskId,
            long canteenId,
            Instant scannedAt,
            String outcome,
            String method) {
        this.id = id;
        this.cardId = cardId;
        this.seniorId = seniorId;
        this.actorUsername = actorUsername;
        this.kioskId = kioskId;
        this.canteenId = canteenId;
        this.scannedAt = scannedAt;
        this.outcome = outcome;
        this.method = method;
    }

    long id() {
        return id;
    }

    Instant scannedAt() {
        return scannedAt;
    }

    /** Appends this scan in plain JDBC (the scan log is write-only on the order path). */
    void insert(JdbcTemplate jdbc) {
        jdbc.update(INSERT, rowValues());
    }

    /** Appends scans as one batch. */
    static void insertAll(JdbcTemplate jdbc, List<CardScan> scans) {
        jdbc.batchUpdate(INSERT, scans.stream().map(CardScan::rowValues).toList());
    }

    private Object[] rowValues() {
        return new Object[] {
            id, cardId, seniorId, actorUsername, kioskId, canteenId, DbTime.utc(scannedAt), outcome, method
        };
    }
}
