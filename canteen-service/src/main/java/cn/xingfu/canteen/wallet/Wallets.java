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
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
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
     * Locks the wallet rows of these seniors until the caller's transaction ends, in ascending senior order (so two
     * callers locking overlapping sets never deadlock), creating the missing ones. One statement when all exist.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<Long, LockedWallet> lockAll(Collection<Long> seniorIds) {
        List<Long> sorted = seniorIds.stream().distinct().sorted().toList();
        Map<Long, LockedWallet> locked = lockedBalances(sorted);
        if (locked.size() < sorted.size()) {
            sorted.stream().filter(id -> !locked.containsKey(id)).forEach(this::ensureWallet);
            locked.putAll(lockedBalances(sorted));
        }
        return locked;
    }

    /** @throws DomainException WALLET_INSUFFICIENT (the balance in its details) when the locked balance is too low */
    public static void requireCovers(LockedWallet wallet, BigDecimal amount) {
        if (wallet.balance().compareTo(amount) < 0) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "WALLET_INSUFFICIENT",
                    "余额不足（余额 " + wallet.balance() + " 元），可在柜台付现金",
                    "Not enough money in the wallet (balance " + wallet.balance() + " yuan); pay cash at the counter",
                    Map.of("balance", wallet.balance(), "required", amount));
        }
    }

    /**
     * What an order pays from a wallet locked in this transaction. {@code wallet} holds the balance before this
     * payment (after the caller's earlier payments of the same senior); {@code auditedAs} is the signed-in account
     * the payment is audited under, or null for a job acting as {@code recordedBy}.
     */
    public record OrderPayment(
            LockedWallet wallet,
            BigDecimal amount,
            String key,
            long orderId,
            String recordedBy,
            @Nullable Actor auditedAs) {}

    /**
     * Pays for orders from wallets locked in this transaction: conditional updates and ledger lines, each as one
     * batch, the balances after known from the locks. The caller has checked each payment with
     * {@link #requireCovers}; a balance that is lower all the same throws and the caller's transaction rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void payOrders(List<OrderPayment> payments) {
        if (payments.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Object[]> debits = new ArrayList<>(payments.size());
        List<WalletEntry> lines = new ArrayList<>(payments.size());
        for (OrderPayment payment : payments) {
            requireValidAmount(payment.amount(), true);
            requireCovers(payment.wallet(), payment.amount());
            long seniorId = payment.wallet().seniorId();
            debits.add(new Object[] {payment.amount(), DbTime.utc(now), seniorId, payment.amount()});
            lines.add(new WalletEntry(
                    seniorId,
                    EntryKind.ORDER_PAYMENT,
                    payment.amount().negate(),
                    payment.wallet().balance().subtract(payment.amount()),
                    payment.key(),
                    payment.orderId(),
                    payment.recordedBy(),
                    null,
                    now));
        }
        int[] changed = jdbc.batchUpdate(
                "UPDATE wallet SET balance = balance - ?, updated_at = ? WHERE senior_id = ? AND balance >= ?", debits);
        for (int count : changed) {
            // a driver that rewrites the batch reports SUCCESS_NO_INFO; the locks and the check above still hold
            if (count == 0) {
                throw new IllegalStateException("a locked wallet had less money than its lock said");
            }
        }
        WalletEntry.insertAll(jdbc, lines);
        for (int i = 0; i < payments.size(); i++) {
            OrderPayment payment = payments.get(i);
            audit.recordAs(
                    payment.auditedAs(),
                    payment.recordedBy(),
                    AuditEntry.changed(
                            "WALLET_BALANCE",
                            "wallet",
                            payment.wallet().seniorId(),
                            EntryKind.ORDER_PAYMENT.name(),
                            payment.wallet().balance(),
                            lines.get(i).toView().balanceAfter()));
        }
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

    private Map<Long, LockedWallet> lockedBalances(List<Long> sortedSeniorIds) {
        Map<Long, LockedWallet> locked = new HashMap<>();
        jdbc.query(
                "SELECT senior_id, balance FROM wallet WHERE senior_id IN ("
                        + String.join(",", Collections.nCopies(sortedSeniorIds.size(), "?"))
                        + ") ORDER BY senior_id FOR UPDATE",
                rs -> {
                    locked.put(rs.getLong(1), new LockedWallet(rs.getLong(1), rs.getBigDecimal(2)));
                },
                sortedSeniorIds.toArray());
        return locked;
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
