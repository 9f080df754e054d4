package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A volunteer released one meal of one day; {@code substituteId} took it over, if anyone has. */
@Entity
@Table(name = "volunteer_substitution")
class Substitution {

    @Id
    private Long id;

    @Column(name = "volunteer_id", nullable = false)
    private long volunteerId;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 20)
    private MealPeriod period;

    @Column(name = "substitute_id")
    private @Nullable Long substituteId;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @Column(name = "taken_at")
    private @Nullable Instant takenAt;

    protected Substitution() {}

    Substitution(long id, long volunteerId, long canteenId, LocalDate serviceDate, MealPeriod period, Instant now) {
        this.id = id;
        this.volunteerId = volunteerId;
        this.canteenId = canteenId;
        this.serviceDate = serviceDate;
        this.period = period;
        this.releasedAt = now;
    }

    void requireOpen() {
        if (substituteId != null) {
            throw DomainException.conflict("SHIFT_ALREADY_TAKEN", "该班次已有人接替", "Someone has already taken this shift");
        }
    }

    void takeBy(long substitute, Instant now) {
        requireOpen();
        if (substitute == volunteerId) {
            throw DomainException.invalid(
                    "CANNOT_TAKE_OWN_SHIFT", "不能接替自己让出的班次", "You cannot take your own released shift");
        }
        this.substituteId = substitute;
        this.takenAt = now;
    }

    long id() {
        return id;
    }

    long volunteerId() {
        return volunteerId;
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

    @Nullable
    Long substituteId() {
        return substituteId;
    }
}
