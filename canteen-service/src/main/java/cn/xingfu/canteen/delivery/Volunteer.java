package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.TransportMode;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A delivery volunteer or staff driver of one canteen, with a standing weekly schedule. */
@Entity
@Table(name = "volunteer")
class Volunteer {

    @Id
    private Long id;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 32)
    private String phone;

    @Column(name = "home_canteen_id", nullable = false)
    private long homeCanteenId;

    @Column(name = "meal_periods", nullable = false, length = 60)
    private String mealPeriods;

    @Column(name = "box_capacity", nullable = false)
    private int boxCapacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TransportMode transport;

    @Column(name = "staff_driver", nullable = false)
    private boolean staffDriver;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "volunteer_shift", joinColumns = @JoinColumn(name = "volunteer_id"))
    private Set<Shift> shifts = new HashSet<>();

    protected Volunteer() {}

    Volunteer(
            long id,
            String name,
            String phone,
            long homeCanteenId,
            Set<MealPeriod> periods,
            int boxCapacity,
            TransportMode transport,
            boolean staffDriver,
            Instant now) {
        this.id = id;
        this.homeCanteenId = homeCanteenId;
        this.createdAt = now;
        this.active = true;
        update(name, phone, periods, boxCapacity, transport, staffDriver);
    }

    void update(
            String name,
            String phone,
            Set<MealPeriod> periods,
            int boxCapacity,
            TransportMode transport,
            boolean staffDriver) {
        if (boxCapacity < 1 || boxCapacity > 40) {
            throw DomainException.invalid("INVALID_BOX_CAPACITY", "保温箱容量应在 1 到 40 之间", "Box capacity must be 1 to 40");
        }
        if (periods.isEmpty()) {
            throw DomainException.invalid("NO_MEAL_PERIODS", "请至少选择一个可服务的餐次", "Choose at least one meal period");
        }
        this.name = name;
        this.phone = phone;
        this.mealPeriods = periods.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.boxCapacity = boxCapacity;
        this.transport = transport;
        this.staffDriver = staffDriver;
        shifts.removeIf(shift -> !periods.contains(shift.period()));
    }

    /** Replaces the weekly schedule; every shift must be a meal period the volunteer is available for. */
    void schedule(Set<Shift> weekly) {
        Set<MealPeriod> periods = periods();
        for (Shift shift : weekly) {
            if (!periods.contains(shift.period())) {
                throw DomainException.invalid(
                        "SHIFT_OUTSIDE_AVAILABILITY",
                        "排班餐次不在该志愿者可服务的餐次内",
                        "A shift is outside the volunteer's available meal periods");
            }
        }
        shifts.clear();
        shifts.addAll(weekly);
    }

    boolean worksOn(DayOfWeek day, MealPeriod period) {
        return active && shifts.contains(new Shift(day.getValue(), period));
    }

    void linkAccount(long accountId) {
        if (this.accountId != null) {
            throw DomainException.conflict("VOLUNTEER_HAS_LOGIN", "该志愿者已有登录账号", "This volunteer already has a login");
        }
        this.accountId = accountId;
    }

    void pause() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    long id() {
        return id;
    }

    @Nullable
    Long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String phone() {
        return phone;
    }

    long homeCanteenId() {
        return homeCanteenId;
    }

    Set<MealPeriod> periods() {
        Set<MealPeriod> periods = EnumSet.noneOf(MealPeriod.class);
        Arrays.stream(mealPeriods.split(","))
                .filter(p -> !p.isBlank())
                .forEach(p -> periods.add(MealPeriod.valueOf(p)));
        return periods;
    }

    int boxCapacity() {
        return boxCapacity;
    }

    TransportMode transport() {
        return transport;
    }

    boolean staffDriver() {
        return staffDriver;
    }

    boolean active() {
        return active;
    }

    Set<Shift> shifts() {
        return Set.copyOf(shifts);
    }

    /** One meal of one weekday (1 = Monday). */
    @Embeddable
    record Shift(
            @Column(name = "day_of_week", nullable = false) int dayOfWeek,

            @Enumerated(EnumType.STRING) @Column(name = "meal_period", nullable = false, length = 20)
            MealPeriod period) {

        Shift {
            if (dayOfWeek < 1 || dayOfWeek > 7) {
                throw DomainException.invalid("INVALID_WEEKDAY", "星期应为 1 到 7", "Day of week must be 1 to 7");
            }
        }
    }
}
