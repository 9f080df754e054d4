package cn.xingfu.canteen.card;

import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A senior's card. Each re-issue is a new card with the next version; the old one is superseded at once, so a
 * lost card stops working the moment its replacement is printed.
 */
@Entity
@Table(name = "card")
class Card {

    @Id
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private @Nullable Integer rowVersion;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    /** Equal to seniorId while the card is current; NULL once superseded (unique: one current card per senior). */
    @Column(name = "current_senior_id")
    private @Nullable Long currentSeniorId;

    @Column(name = "card_version", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardStatus status;

    @Column(name = "manual_code", nullable = false, length = 8)
    private String manualCode;

    @Column(name = "extra_canteen_ids", nullable = false, length = 500)
    private String extraCanteenIds;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "status_reason", length = 200)
    private @Nullable String statusReason;

    @Column(name = "status_changed_at")
    private @Nullable Instant statusChangedAt;

    @Column(name = "superseded_by")
    private @Nullable Long supersededBy;

    protected Card() {}

    Card(long seniorId, int version, String manualCode, Set<Long> extraCanteenIds, Instant at, String by) {
        this.id = Ids.next();
        this.seniorId = seniorId;
        this.currentSeniorId = seniorId;
        this.version = version;
        this.status = CardStatus.ACTIVE;
        this.manualCode = manualCode;
        this.extraCanteenIds = join(extraCanteenIds);
        this.issuedAt = at;
        this.issuedBy = by;
    }

    /** Marks this card replaced by {@code successor}; the caller saves and flushes before inserting the successor. */
    void supersede(long successor, Instant at) {
        if (status == CardStatus.SUPERSEDED) {
            throw superseded();
        }
        this.status = CardStatus.SUPERSEDED;
        this.currentSeniorId = null;
        this.supersededBy = successor;
        this.statusReason = "补办新卡 / re-issued";
        this.statusChangedAt = at;
    }

    void block(String reason, Instant at) {
        switch (status) {
            case SUPERSEDED -> throw superseded();
            case BLOCKED ->
                throw DomainException.conflict("CARD_ALREADY_BLOCKED", "此卡已挂失/停用", "The card is already blocked");
            case ACTIVE -> {
                this.status = CardStatus.BLOCKED;
                this.statusReason = reason;
                this.statusChangedAt = at;
            }
        }
    }

    void unblock(Instant at) {
        switch (status) {
            case SUPERSEDED -> throw superseded();
            case ACTIVE -> throw DomainException.conflict("CARD_NOT_BLOCKED", "此卡未被停用", "The card is not blocked");
            case BLOCKED -> {
                this.status = CardStatus.ACTIVE;
                this.statusReason = null;
                this.statusChangedAt = at;
            }
        }
    }

    /** The home canteen (from the registry, it may have changed since issue) plus the extra canteens of this card. */
    Set<Long> extraCanteens() {
        return canteenIds(extraCanteenIds);
    }

    /** The canteen ids of the {@code extra_canteen_ids} column (comma-separated, possibly empty). */
    static Set<Long> canteenIds(String column) {
        if (column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(","))
                .map(String::trim)
                .map(Long::valueOf)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    long id() {
        return id;
    }

    long seniorId() {
        return seniorId;
    }

    int version() {
        return version;
    }

    CardStatus status() {
        return status;
    }

    String manualCode() {
        return manualCode;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    @Nullable
    String statusReason() {
        return statusReason;
    }

    @Nullable
    Long supersededBy() {
        return supersededBy;
    }

    static DomainException superseded() {
        return DomainException.rejected(
                "CARD_SUPERSEDED", "此卡已被新卡取代，请使用新卡", "This card has been replaced by a newer card");
    }

    private static String join(Set<Long> ids) {
        String joined = ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        if (joined.length() > 500) {
            throw DomainException.invalid("CARD_SCOPE_TOO_LARGE", "可用食堂过多", "Too many extra canteens on one card");
        }
        return joined;
    }
}
