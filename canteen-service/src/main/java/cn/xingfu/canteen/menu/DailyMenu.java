package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
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

/** The menu of one canteen, date and meal period. Drafts are invisible to kiosks; publishing is one-way. */
@Entity
@Table(name = "daily_menu")
class DailyMenu {

    enum Status {
        /** Being planned; only staff see it. */
        DRAFT,
        /** Visible to kiosks and orderable; every change is logged. */
        PUBLISHED
    }

    @Id
    private Long id;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16)
    private MealPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "published_by", length = 64)
    private @Nullable String publishedBy;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DailyMenu() {}

    DailyMenu(long id, long canteenId, LocalDate serviceDate, MealPeriod period, Instant now) {
        this.id = id;
        this.canteenId = canteenId;
        this.serviceDate = serviceDate;
        this.period = period;
        this.status = Status.DRAFT;
        this.createdAt = now;
    }

    /** Publishes a draft; publishing a published menu changes nothing. */
    boolean publish(String by, Instant now) {
        if (status == Status.PUBLISHED) {
            return false;
        }
        status = Status.PUBLISHED;
        publishedAt = now;
        publishedBy = by;
        return true;
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

    boolean published() {
        return status == Status.PUBLISHED;
    }
}
