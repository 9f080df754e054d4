package cn.xingfu.canteen.wallet;

import cn.xingfu.canteen.shared.DbTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/** One immutable line of a senior's wallet ledger. Entries are never updated or deleted. */
@Entity
@Table(name = "wallet_entry")
class WalletEntry {

    @Id
    private Long id;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;

    /** Positive money in, negative money out. */
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, precision = 10, scale = 2)
    private BigDecimal balanceAfter;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "order_id")
    private @Nullable Long orderId;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(length = 200)
    private @Nullable String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WalletEntry() {}

    WalletEntry(
            long seniorId,
            EntryKind kind,
            BigDecimal amount,
            BigDecimal balanceAfter,
            String idempotencyKey,
            @Nullable Long orderId,
            String recordedBy,
            @Nullable String note,
            Instant createdAt) {
        this.id = cn.xingfu.kernel.Ids.next();
        this.seniorId = seniorId;
        this.kind = kind;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.idempotencyKey = idempotencyKey;
        this.orderId = orderId;
        this.recordedBy = recordedBy;
        this.note = note;
        this.createdAt = createdAt;
    }

    /** Appends entries as one batch in plain JDBC (the order path; the ledger is append-only). */
    static void insertAll(JdbcTemplate jdbc, List<WalletEntry> entries) {
        jdbc.batchUpdate(
                "INSERT INTO wallet_entry (id, senior_id, kind, amount, balance_after, idempotency_key, order_id,"
                        + " recorded_by, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entries.stream()
                        .map(e -> new Object[] {
                            e.id,
                            e.seniorId,
                            e.kind.name(),
                            e.amount,
                            e.balanceAfter,
                            e.idempotencyKey,
                            e.orderId,
                            e.recordedBy,
                            e.note,
                            DbTime.utc(e.createdAt)
                        })
                        .toList());
    }

    WalletEntryView toView() {
        return new WalletEntryView(id, seniorId, kind, amount, balanceAfter, orderId, recordedBy, note, createdAt);
    }

    long seniorId() {
        return seniorId;
    }

    EntryKind kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }
}
