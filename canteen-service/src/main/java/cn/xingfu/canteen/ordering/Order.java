package cn.xingfu.canteen.ordering;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.DbTime;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.subsidy.SubsidyDecision;
import cn.xingfu.canteen.subsidy.SubsidyScheme;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A meal order: who, what, where, how it was paid and subsidised, and where it is in its lifecycle. State
 * changes only through the transition methods, which enforce {@link OrderStatus#nextFor(Channel)}.
 */
@Entity
@Table(name = "meal_order")
class Order {

    @Id
    private Long id;

    @Column(name = "order_number", nullable = false, length = 8)
    private String orderNumber;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "kiosk_id")
    private @Nullable Long kioskId;

    @Column(name = "placed_by_account_id", nullable = false)
    private long placedByAccountId;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    @Column(name = "senior_masked_name", nullable = false, length = 40)
    private String seniorMaskedName;

    @Column(name = "card_id")
    private @Nullable Long cardId;

    @Column(name = "scan_id")
    private @Nullable Long scanId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VerificationMethod verification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 20)
    private MealPeriod period;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status", nullable = false, length = 20)
    private PaymentStatus paymentStatus;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal gross;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal subsidy;

    @Column(name = "self_pay", nullable = false, precision = 10, scale = 2)
    private BigDecimal selfPay;

    @Column(name = "tier_code", length = 40)
    private @Nullable String tierCode;

    @Column(name = "policy_version", nullable = false, length = 40)
    private String policyVersion;

    @Column(name = "subsidy_reason", nullable = false, length = 40)
    private String subsidyReason;

    @Column(name = "price_rule_code", length = 40)
    private @Nullable String priceRuleCode;

    @Column(name = "price_rule_discount", nullable = false, precision = 10, scale = 2)
    private BigDecimal priceRuleDiscount;

    /** Each scheme's share, written with the order ({@code meal_order_subsidy}); not loaded back. */
    @Transient
    private List<SubsidyDecision.Share> subsidyShares = List.of();

    @Column(name = "dietary_flags", nullable = false, length = 200)
    private String dietaryFlags;

    @Column(name = "allergen_confirmed_by", length = 64)
    private @Nullable String allergenConfirmedBy;

    @Column(name = "idempotency_key", nullable = false, length = 100)
    private String idempotencyKey;

    @Column(name = "request_fingerprint", nullable = false, length = 64)
    private String requestFingerprint;

    /** Snapshot version for live clients: 1 when placed, +1 on every change. */
    @Column(nullable = false)
    private long revision;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "offline_created_at")
    private @Nullable Instant offlineCreatedAt;

    @Column(name = "status_note", length = 200)
    private @Nullable String statusNote;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "order_id", nullable = false)
    private List<OrderLine> lines = new ArrayList<>();

    protected Order() {}

    Order(long id, Placement placement, Pricing pricing, List<OrderLine> lines, Instant now) {
        this.id = id;
        this.orderNumber = placement.orderNumber();
        this.canteenId = placement.canteenId();
        this.kioskId = placement.kioskId();
        this.placedByAccountId = placement.accountId();
        this.placedBy = placement.placedBy();
        this.seniorId = placement.seniorId();
        this.seniorMaskedName = placement.maskedName();
        this.cardId = placement.cardId();
        this.scanId = placement.scanId();
        this.verification = placement.verification();
        this.channel = placement.channel();
        this.period = placement.period();
        this.serviceDate = placement.serviceDate();
        this.paymentMethod = placement.payment();
        this.dietaryFlags = String.join(",", placement.dietaryFlags());
        this.allergenConfirmedBy = placement.allergenConfirmedBy();
        this.idempotencyKey = placement.idempotencyKey();
        this.requestFingerprint = placement.fingerprint();
        this.offlineCreatedAt = placement.offlineCreatedAt();
        this.gross = pricing.gross();
        this.subsidy = pricing.subsidy();
        this.selfPay = pricing.selfPay();
        this.tierCode = pricing.tierCode();
        this.policyVersion = pricing.policyVersion();
        this.subsidyReason = pricing.reason();
        this.priceRuleCode = pricing.priceRuleCode();
        this.priceRuleDiscount = pricing.priceRuleDiscount();
        this.subsidyShares =
                pricing.shares().stream().filter(SubsidyDecision.Share::granted).toList();
        this.paymentStatus = pricing.selfPay().signum() == 0 || placement.payment() == PaymentMethod.WALLET
                ? PaymentStatus.PAID
                : PaymentStatus.AWAITING_CASH;
        this.lines.addAll(lines);
        this.status = OrderStatus.PLACED;
        this.revision = 1;
        this.placedAt = now;
        this.updatedAt = now;
    }

    /** Everything about the placement that is not money. */
    record Placement(
            String orderNumber,
            long canteenId,
            @Nullable Long kioskId,
            long accountId,
            String placedBy,
            long seniorId,
            String maskedName,
            @Nullable Long cardId,
            @Nullable Long scanId,
            VerificationMethod verification,
            Channel channel,
            MealPeriod period,
            LocalDate serviceDate,
            PaymentMethod payment,
            List<String> dietaryFlags,
            @Nullable String allergenConfirmedBy,
            String idempotencyKey,
            String fingerprint,
            @Nullable Instant offlineCreatedAt) {}

    /**
     * The money side: the canteen's price rule, then the subsidy engine. gross = priceRuleDiscount + subsidy + selfPay;
     * {@code shares} are the schemes' parts of the subsidy.
     */
    record Pricing(
            BigDecimal gross,
            BigDecimal subsidy,
            BigDecimal selfPay,
            @Nullable String tierCode,
            String policyVersion,
            String reason,
            @Nullable String priceRuleCode,
            BigDecimal priceRuleDiscount,
            List<SubsidyDecision.Share> shares) {

        /** Without a price rule, the subsidy from one scheme MEAL of the district (or none). */
        Pricing(
                BigDecimal gross,
                BigDecimal subsidy,
                BigDecimal selfPay,
                @Nullable String tierCode,
                String policyVersion,
                String reason) {
            this(
                    gross,
                    subsidy,
                    selfPay,
                    tierCode,
                    policyVersion,
                    reason,
                    null,
                    BigDecimal.ZERO.setScale(2),
                    subsidy.signum() > 0
                            ? List.of(new SubsidyDecision.Share(
                                    SubsidyScheme.MEAL,
                                    SubsidyScheme.DISTRICT,
                                    "助餐补贴",
                                    tierCode,
                                    subsidy,
                                    reason,
                                    BigDecimal.ZERO.setScale(2)))
                            : List.of());
        }
    }

    /**
     * Moves the order to {@code target}. Handing a meal over (served, picked up, out for delivery) needs
     * the self-pay part settled first.
     */
    OrderChanged moveTo(OrderStatus target, @Nullable String note, Instant now) {
        if (!status.canMoveTo(target, channel)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "ORDER_ILLEGAL_TRANSITION",
                    "订单当前为「" + status.zh() + "」，不能改为「" + target.zh() + "」",
                    "The order is " + status.en() + " and cannot become " + target.en(),
                    Map.of("from", status.name(), "to", target.name(), "allowed", status.nextFor(channel)));
        }
        boolean handOver = target == OrderStatus.SERVED
                || target == OrderStatus.PICKED_UP
                || target == OrderStatus.OUT_FOR_DELIVERY;
        if (handOver && paymentStatus == PaymentStatus.AWAITING_CASH) {
            throw DomainException.conflict(
                    "PAYMENT_PENDING", "请先在柜台收取现金", "Take the cash payment before handing the meal over");
        }
        OrderStatus previous = status;
        status = target;
        statusNote = note;
        if (target == OrderStatus.CANCELLED) {
            paymentStatus =
                    paymentStatus == PaymentStatus.PAID && paymentMethod == PaymentMethod.WALLET && selfPay.signum() > 0
                            ? PaymentStatus.REFUNDED
                            : PaymentStatus.VOID;
        }
        return touched(previous, now);
    }

    /**
     * Undoes the last kitchen or counter step: "ready" goes back to preparing, a counter hand-over back to ready.
     * A hand-over is recalled only within {@code window} of it, while the meal can still be at the counter.
     */
    OrderChanged recall(Duration window, Instant now) {
        OrderStatus target = status.recallTo(channel);
        if (target == null) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "ORDER_NOT_RECALLABLE",
                    "订单当前为「" + status.zh() + "」，不能撤回",
                    "The order is " + status.en() + " and cannot be recalled",
                    Map.of("orderStatus", status.name()));
        }
        if (status.isFinal() && updatedAt.plus(window).isBefore(now)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "RECALL_TOO_LATE",
                    "交餐已超过 " + window.toMinutes() + " 分钟，不能撤回",
                    "Handed over more than " + window.toMinutes() + " minutes ago; it can no longer be recalled",
                    Map.of("orderStatus", status.name(), "windowMinutes", window.toMinutes()));
        }
        OrderStatus previous = status;
        status = target;
        statusNote = "recalled 撤回";
        return touched(previous, now);
    }

    OrderChanged confirmCash(Instant now) {
        if (paymentStatus != PaymentStatus.AWAITING_CASH) {
            throw DomainException.conflict("NO_CASH_DUE", "这张订单没有待收的现金", "This order has no cash payment waiting");
        }
        paymentStatus = PaymentStatus.PAID;
        return touched(null, now);
    }

    private OrderChanged touched(@Nullable OrderStatus previous, Instant now) {
        revision++;
        updatedAt = now;
        return changed(previous);
    }

    OrderChanged changed(@Nullable OrderStatus previous) {
        return new OrderChanged(
                id, canteenId, kioskId, seniorId, channel, period, serviceDate, status, previous, revision, null);
    }

    /** The placement of this new order, with the order as written. */
    OrderChanged placed(OrderView asWritten) {
        return new OrderChanged(
                id, canteenId, kioskId, seniorId, channel, period, serviceDate, status, null, revision, asWritten);
    }

    /** Column names of {@code meal_order} in the order of {@link #rowValues()}, for the placement's JDBC insert. */
    static final String COLUMNS = "id, order_number, canteen_id, kiosk_id, placed_by_account_id, placed_by, senior_id,"
            + " senior_masked_name, card_id, scan_id, verification, channel, meal_period, service_date, status,"
            + " payment_method, payment_status, gross, subsidy, self_pay, tier_code, policy_version, subsidy_reason,"
            + " price_rule_code, price_rule_discount,"
            + " dietary_flags, allergen_confirmed_by, idempotency_key, request_fingerprint, revision, placed_at,"
            + " updated_at, offline_created_at, status_note";

    Object[] rowValues() {
        return new Object[] {
            id,
            orderNumber,
            canteenId,
            kioskId,
            placedByAccountId,
            placedBy,
            seniorId,
            seniorMaskedName,
            cardId,
            scanId,
            verification.name(),
            channel.name(),
            period.name(),
            serviceDate,
            status.name(),
            paymentMethod.name(),
            paymentStatus.name(),
            gross,
            subsidy,
            selfPay,
            tierCode,
            policyVersion,
            subsidyReason,
            priceRuleCode,
            priceRuleDiscount,
            dietaryFlags,
            allergenConfirmedBy,
            idempotencyKey,
            requestFingerprint,
            revision,
            DbTime.utc(placedAt),
            DbTime.utc(updatedAt),
            DbTime.utc(offlineCreatedAt),
            statusNote
        };
    }

    OrderView toView() {
        List<String> flags = dietaryFlags.isEmpty() ? List.of() : Arrays.asList(dietaryFlags.split(","));
        return new OrderView(
                id,
                orderNumber,
                status,
                status.zh(),
                status.en(),
                channel,
                period,
                serviceDate,
                canteenId,
                kioskId,
                seniorId,
                seniorMaskedName,
                lines.stream().map(OrderLine::toView).toList(),
                gross,
                subsidy,
                selfPay,
                paymentMethod,
                paymentStatus,
                tierCode,
                policyVersion,
                subsidyReason,
                verification,
                flags,
                revision,
                placedAt,
                updatedAt);
    }

    long id() {
        return id;
    }

    long canteenId() {
        return canteenId;
    }

    long seniorId() {
        return seniorId;
    }

    OrderStatus status() {
        return status;
    }

    @Nullable
    Long kioskId() {
        return kioskId;
    }

    PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    BigDecimal selfPay() {
        return selfPay;
    }

    BigDecimal subsidy() {
        return subsidy;
    }

    LocalDate serviceDate() {
        return serviceDate;
    }

    MealPeriod period() {
        return period;
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    List<SubsidyDecision.Share> subsidyShares() {
        return subsidyShares;
    }

    List<OrderLine> lines() {
        return lines;
    }
}
