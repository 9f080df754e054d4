package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The delivery rounds of one canteen, day and meal; planned (and re-planned) in the background. */
@Entity
@Table(name = "delivery_plan")
class DeliveryPlan {

    @Id
    private Long id;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 20)
    private MealPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(length = 120)
    private @Nullable String score;

    @Column(name = "travel_seconds", nullable = false)
    private long travelSeconds;

    @Column(nullable = false)
    private int unassigned;

    @Column(name = "hot_window_late", nullable = false)
    private int hotWindowLate;

    @Column(length = 300)
    private @Nullable String message;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    @Version
    @Column(nullable = false)
    private long revision;

    protected DeliveryPlan() {}

    DeliveryPlan(long id, long canteenId, LocalDate serviceDate, MealPeriod period) {
        this.id = id;
        this.canteenId = canteenId;
        this.serviceDate = serviceDate;
        this.period = period;
        this.status = PlanStatus.PLANNED;
    }

    void startSolving(Instant now) {
        if (status == PlanStatus.SOLVING) {
            throw DomainException.conflict("PLANNING_IN_PROGRESS", "正在规划中，请稍候", "Planning is already running");
        }
        status = PlanStatus.SOLVING;
        startedAt = now;
        finishedAt = null;
        message = null;
    }

    void solved(@Nullable String score, long travelSeconds, int unassigned, int hotWindowLate, Instant now) {
        this.status = PlanStatus.PLANNED;
        this.score = score;
        this.travelSeconds = travelSeconds;
        this.unassigned = unassigned;
        this.hotWindowLate = hotWindowLate;
        this.finishedAt = now;
    }

    void failed(String message, Instant now) {
        this.status = PlanStatus.FAILED;
        this.message = message.length() > 300 ? message.substring(0, 300) : message;
        this.finishedAt = now;
    }

    /** After a manual change the stored figures are recomputed; the solver's score no longer applies. */
    void edited(long travelSeconds, int unassigned, int hotWindowLate) {
        requireNotSolving();
        this.travelSeconds = travelSeconds;
        this.unassigned = unassigned;
        this.hotWindowLate = hotWindowLate;
        this.score = null;
    }

    void requireNotSolving() {
        if (status == PlanStatus.SOLVING) {
            throw DomainException.conflict(
                    "PLANNING_IN_PROGRESS", "正在规划中，请等规划完成后再调整", "Wait until planning has finished");
        }
    }

    long id() {
        return id;
    }

    long canteenId() {
        return canteenId;
    }

    LocalDate serviceDate() {
        return serviceDate;
    }

    MealPeriod period() {
        return period;
    }

    PlanStatus status() {
        return status;
    }

    @Nullable
    String score() {
        return score;
    }

    long travelSeconds() {
        return travelSeconds;
    }

    int unassigned() {
        return unassigned;
    }

    int hotWindowLate() {
        return hotWindowLate;
    }

    @Nullable
    String message() {
        return message;
    }

    @Nullable
    Instant startedAt() {
        return startedAt;
    }

    @Nullable
    Instant finishedAt() {
        return finishedAt;
    }
}
