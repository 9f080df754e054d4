package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One logged change to a published menu. Never updated or deleted. */
@Entity
@Table(name = "menu_change_log")
class MenuChange {

    @Id
    private Long id;

    @Column(name = "menu_id", nullable = false)
    private long menuId;

    @Column(name = "menu_item_id")
    private @Nullable Long menuItemId;

    @Column(name = "canteen_id", nullable = false)
    private long canteenId;

    @Column(name = "service_date", nullable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16)
    private MealPeriod period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private MenuChangeEntry.Action action;

    @Column(name = "dish_name", length = 50)
    private @Nullable String dishName;

    @Column(name = "before_value", length = 200)
    private @Nullable String beforeValue;

    @Column(name = "after_value", length = 200)
    private @Nullable String afterValue;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(name = "actor_name", nullable = false, length = 64)
    private String actorName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected MenuChange() {}

    MenuChange(
            long id,
            long menuId,
            @Nullable Long menuItemId,
            long canteenId,
            LocalDate serviceDate,
            MealPeriod period,
            MenuChangeEntry.Action action,
            @Nullable String dishName,
            @Nullable String beforeValue,
            @Nullable String afterValue,
            long actorId,
            String actorName,
            Instant changedAt) {
        this.id = id;
        this.menuId = menuId;
        this.menuItemId = menuItemId;
        this.canteenId = canteenId;
        this.serviceDate = serviceDate;
        this.period = period;
        this.action = action;
        this.dishName = dishName;
        this.beforeValue = beforeValue;
        this.afterValue = afterValue;
        this.actorId = actorId;
        this.actorName = actorName;
        this.changedAt = changedAt;
    }

    MenuChangeEntry toEntry() {
        return new MenuChangeEntry(
                id,
                menuId,
                menuItemId,
                canteenId,
                serviceDate,
                period,
                action,
                dishName,
                beforeValue,
                afterValue,
                actorName,
                changedAt);
    }
}
