package cn.xingfu.canteen.wallet;

import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.shared.DbTime;
import cn.xingfu.canteen.shared.audit.AuditEntry;
import cn.xingfu.canteen.shared.audit.AuditLog;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet ledger. The balance row is changed only by conditional updates that cannot go below zero,
 * and every change appends exactly one entry whose idempotency key is unique, so a retried request never
 * moves money twice.
 */
@Service
public class Wallets {

    static final BigDecimal MAX_SINGLE_AMOUNT = new BigDecimal("5000.00");

    private final JdbcTemplate jdbc;
    private final WalletEntries entries;
    private final SeniorDirectory seniors;
    private final Clock clock;
    private final AuditLog audit;

    Wallets(JdbcTemplate jdbc, WalletEntries entries, SeniorDirectory seniors, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.seniors = seniors;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Locks the senior's wallet row until the caller's transaction ends and returns the balance. Ordering
     * calls this first, so two orders of one senior never interleave (caps and the one-meal-per-period
     * rule are counted under this lock) while different seniors never wait for each other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public LockedWallet lock(long seniorId) {
        List<BigDecimal> balance = lockedBalance(seniorId);
        if (balance.isEmpty()) {
            ensureWallet(seniorId);
            balance = lockedBalance(seniorId);
        }
        return new LockedWallet(seniorId, balance.get(0));
    }

    /**
     * Pays for an order from a wallet locked in this transaction: one conditional update and one ledger line, the
     * balance after known from the lock. Throws WALLET_INSUFFICIENT (and changes nothing) when the balance is too low.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public WalletEntryView payOrder(
            LockedWallet wallet, BigDecimal amount, String key, long orderId, String recordedBy) {
        requireValidAmount(amount, true);
        long seniorId = wallet.seniorId();
        Instant now = clock.instant();
        int changed = wallet.balance().compareTo(amount) < 0
                ? 0
                : jdbc.update(
                        "UPDATE wallet SET balance = balance - ?, updated_at = ? WHERE senior_id = ? AND balance >= ?",
                        amount,
                        DbTime.utc(now),
                        seniorId,
                        amount);
        if (changed == 0) {
            BigDecimal balance = balanceOf(seniorId);
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "WALLET_INSUFFICIENT",
                    "余额不足（余额 " + balance + " 元），可在柜台付现金",
                    "Not enough money in the wallet (balance " + balance + " yuan); pay cash at the counter",
                    Map.of("balance", balance, "required", amount));
        }
        WalletEntry entry = new WalletEntry(
                seniorId,
                EntryKind.ORDER_PAYMENT,
                amount.negate(),
                wallet.balance().subtract(amount),
                key,
                orderId,
                recordedBy,
                null,
                now);
        entry.insert(jdbc);
        audited(
                seniorId,
                EntryKind.ORDER_PAYMENT,
                wallet.balance(),
                entry.toView().balanceAfter(),
                recordedBy);
        return entry.toView();
    }

    /** Gives an order's payment back, e.g. when the order is cancelled before preparation. */
    @Transactional(propagation = Propagation.MANDATORY)
    public WalletEntryView refundOrder(long seniorId, BigDecimal amount, String key, long orderId, String recordedBy) {
        requireValidAmount(amount, true);
        var existing = entries.findByIdempotencyKey(key);
        if (existing.isPresent()) {
            return existing.get().toView();
        }
        credit(seniorId, amount);
        return append(seniorId, EntryKind.REFUND, amount, key, orderId, recordedBy, "订单取消退款 order cancelled");
    }

    /** Staff record money paid in. Repeating the same key returns the first entry. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public WalletEntryView topUp(long seniorId, BigDecimal amount, String key, Actor actor, @Nullable String note) {
        return staffCredit(seniorId, EntryKind.TOP_UP, amount, key, actor, note);
    }

    /** Staff give money back to the wallet (e.g. a meal that could not be served). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public WalletEntryView refund(long seniorId, BigDecimal amount, String key, Actor actor, @Nullable String note) {
        return staffCredit(seniorId, EntryKind.REFUND, amount, key, actor, note);
    }

    /** Staff pay the balance (or part of it) out in cash; never below zero. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public WalletEntryView withdraw(long seniorId, BigDecimal amount, String key, Actor actor, @Nullable String note) {
        authorise(seniorId, actor);
        requireValidAmount(amount, false);
        lock(seniorId);
        var existing = entries.findByIdempotencyKey(key);
        if (existing.isPresent()) {
            return sameRequestOrConflict(existing.get(), seniorId, EntryKind.WITHDRAWAL, amount.negate());
        }
        int changed = jdbc.update(
                "UPDATE wallet SET balance = balance - ?, updated_at = ? WHERE senior_id = ? AND balance >= ?",
                amount,
                java.sql.Timestamp.from(clock.instant()),
                seniorId,
                amount);
        if (changed == 0) {
            throw DomainException.rejected(
                    "WALLET_INSUFFICIENT", "余额不足，不能取出这么多", "The balance is lower than the amount to pay out");
        }
        return append(seniorId, EntryKind.WITHDRAWAL, amount.negate(), key, null, actor.username(), note);
    }

    @Transactional(readOnly = true)
    public WalletView wallet(long seniorId, Actor actor) {
        authorise(seniorId, actor);
        var latest = entries.findBySeniorIdOrderByCreatedAtDesc(seniorId, PageRequest.of(0, 50)).stream()
                .map(WalletEntry::toView)
                .toList();
        return new WalletView(seniorId, balanceOf(seniorId), latest);
    }

    @Transactional(readOnly = true)
    public BigDecimal balanceOf(long seniorId) {
        var balances = jdbc.queryForList("SELECT balance FROM wallet WHERE senior_id = ?", BigDecimal.class, seniorId);
        return balances.isEmpty() ? BigDecimal.ZERO.setScale(2) : balances.get(0);
    }

    private WalletEntryView staffCredit(
            long seniorId, EntryKind kind, BigDecimal amount, String key, Actor actor, @Nullable String note) {
        authorise(seniorId, actor);
        requireValidAmount(amount, false);
        lock(seniorId);
        var existing = entries.findByIdempotencyKey(key);
        if (existing.isPresent()) {
            return sameRequestOrConflict(existing.get(), seniorId, kind, amount);
        }
        credit(seniorId, amount);
        return append(seniorId, kind, amount, key, null, actor.username(), note);
    }

    private void credit(long seniorId, BigDecimal amount) {
        ensureWallet(seniorId);
        jdbc.update(
                "UPDATE wallet SET balance = balance + ?, updated_at = ? WHERE senior_id = ?",
                amount,
                java.sql.Timestamp.from(clock.instant()),
                seniorId);
    }

    private WalletEntryView append(
            long seniorId,
            EntryKind kind,
            BigDecimal signedAmount,
            String key,
            @Nullable Long orderId,
            String recordedBy,
            @Nullable String note) {
        BigDecimal balance = balanceOf(seniorId);
        WalletEntry entry =
                new WalletEntry(seniorId, kind, signedAmount, balance, key, orderId, recordedBy, note, clock.instant());
        entries.save(entry);
        audited(seniorId, kind, balance.subtract(signedAmount), balance, recordedBy);
        return entry.toView();
    }

    /** Every balance change goes to the audit log too, in the same transaction (one batched insert at commit). */
    private void audited(long seniorId, EntryKind kind, BigDecimal before, BigDecimal after, String recordedBy) {
        audit.recordCurrent(
                recordedBy, AuditEntry.changed("WALLET_BALANCE", "wallet", seniorId, kind.name(), before, after));
    }

    private List<BigDecimal> lockedBalance(long seniorId) {
        return jdbc.queryForList(
                "SELECT balance FROM wallet WHERE senior_id = ? FOR UPDATE", BigDecimal.class, seniorId);
    }

    private void ensureWallet(long seniorId) {
        // one statement that both databases accept and that is harmless when the row exists
        jdbc.update(
                "INSERT INTO wallet (senior_id, balance, updated_at) VALUES (?, 0.00, ?) "
                        + "ON DUPLICATE KEY UPDATE senior_id = senior_id",
                seniorId,
                java.sql.Timestamp.from(clock.instant()));
    }

    private static WalletEntryView sameRequestOrConflict(
            WalletEntry existing, long seniorId, EntryKind kind, BigDecimal signedAmount) {
        if (existing.seniorId() == seniorId
                && existing.kind() == kind
                && existing.amount().compareTo(signedAmount) == 0) {
            return existing.toView();
        }
        throw DomainException.conflict(
                "IDEMPOTENCY_KEY_REUSED",
                "该请求编号已用于另一笔不同的操作",
                "This idempotency key was already used for a different request");
    }

    private static void requireValidAmount(BigDecimal amount, boolean zeroAllowed) {
        Objects.requireNonNull(amount, "amount");
        boolean tooSmall = zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0;
        if (tooSmall
                || amount.compareTo(MAX_SINGLE_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid(
                    "AMOUNT_INVALID",
                    "金额必须大于 0、最多两位小数、不超过 " + MAX_SINGLE_AMOUNT + " 元",
                    "The amount must be positive, have at most two decimals and not exceed "
                            + MAX_SINGLE_AMOUNT.setScale(0, RoundingMode.DOWN) + " yuan");
        }
    }

    private void authorise(long seniorId, Actor actor) {
        actor.requireStaff();
        actor.requireCanteen(seniors.profile(seniorId).homeCanteenId());
    }
}
