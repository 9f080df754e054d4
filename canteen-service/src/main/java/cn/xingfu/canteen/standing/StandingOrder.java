package cn.xingfu.canteen.standing;

import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A senior's default order for one meal on chosen weekdays: one dish of each listed menu category (for example
 * 荤菜, 素菜), picked from that day's menu to suit the senior's dietary needs.
 */
@Entity
@Table(name = "standing_order")
class StandingOrder {

    static final int MAX_CATEGORIES = 5;

    /** Where a standing order is in its life. */
    enum Status {
        ACTIVE,
        ENDED
    }

    @Id
    private Long id;

    @Column(name = "senior_id", nullable = false)
    private long seniorId;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16)
    private MealPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20)
    private PaymentMethod payment;

    @Column(nullable = false, length = 80)
    private String weekdays;

    @Column(nullable = false, length = 200)
    private String categories;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "ended_reason", length = 200)
    private @Nullable String endedReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected StandingOrder() {}

    StandingOrder(long id, long seniorId, long canteenId, Booking booking, Instant at, String by) {
        if (booking.weekdays() == null || booking.weekdays().isEmpty()) {
            throw DomainException.invalid("WEEKDAYS_REQUIRED", "请选择每周订餐的日子", "Choose the weekdays to order on");
        }
        List<String> chosen = booking.categories() == null
                ? List.of()
                : booking.categories().stream()
                        .filter(c -> c != null && !c.isBlank())
                        .map(String::trim)
                        .distinct()
                        .toList();
        if (chosen.isEmpty()
                || chosen.size() > MAX_CATEGORIES
                || chosen.stream().anyMatch(c -> c.length() > 16 || c.contains(","))) {
            throw DomainException.invalid(
                    "CATEGORIES_INVALID",
                    "请选择 1 到 5 个菜品类别（如 荤菜、素菜）",
                    "Choose 1 to 5 dish categories (for example 荤菜, 素菜)");
        }
        Pause.requireOrdered(booking.startsOn(), booking.endsOn());
        this.id = id;
        this.seniorId = seniorId;
        this.canteenId = canteenId;
        this.period = booking.period();
        this.channel = booking.channel();
        this.payment = booking.payment();
        this.weekdays =
                booking.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.categories = String.join(",", chosen);
        this.startsOn = booking.startsOn();
        this.endsOn = booking.endsOn();
        this.status = Status.ACTIVE;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
    }

    /** What staff book for a senior. */
    record Booking(
            MealPeriod period,
            Channel channel,
            PaymentMethod payment,
            Set<DayOfWeek> weekdays,
            List<String> categories,
            LocalDate startsOn,
            @Nullable LocalDate endsOn) {}

    void end(String reason, Instant at) {
        if (status == Status.ENDED) {
            return;
        }
        this.status = Status.ENDED;
        this.endedReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        this.updatedAt = at;
    }

    /** Whether this standing order asks for a meal on a day that serves as {@code weekday}. */
    boolean wants(LocalDate date, DayOfWeek weekday) {
        return status == Status.ACTIVE
                && !date.isBefore(startsOn)
                && (endsOn == null || !date.isAfter(endsOn))
                && weekdays().contains(weekday);
    }

    Set<DayOfWeek> weekdays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        return days;
    }

    List<String> categories() {
        return List.of(categories.split(","));
    }

    long id() {
        return id;
    }

    long seniorId() {
        return seniorId;
    }

    long canteenId() {
        return canteenId;
    }

    MealPeriod period() {
        return period;
    }

    Channel channel() {
        return channel;
    }

    PaymentMethod payment() {
        return payment;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean active() {
        return status == Status.ACTIVE;
    }

    StandingOrderView toView(String maskedName) {
        return new StandingOrderView(
                id,
                seniorId,
                maskedName,
                canteenId,
                period,
                channel,
                payment,
                weekdays(),
                categories(),
                startsOn,
                endsOn,
                status == Status.ACTIVE,
                endedReason,
                createdBy,
                createdAt);
    }
}
