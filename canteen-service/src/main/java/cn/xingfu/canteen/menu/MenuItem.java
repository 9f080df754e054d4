package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A dish on a menu. The portion counters are written by JPA only on insert: afterwards they change only
 * through the conditional UPDATEs of {@link Portions}, so an entity update can never overwrite a sale.
 */
@Entity
@Table(name = "menu_item")
@DynamicUpdate
class MenuItem {

    @Id
    private Long id;

    @Column(name = "menu_id", nullable = false, updatable = false)
    private long menuId;

    @Column(name = "canteen_id", nullable = false, updatable = false)
    private long canteenId;

    @Column(name = "service_date", nullable = false, updatable = false)
    private LocalDate serviceDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16, updatable = false)
    private MealPeriod period;

    @Column(name = "dish_id", nullable = false, updatable = false)
    private long dishId;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(name = "price_overridden", nullable = false)
    private boolean priceOverridden;

    @Column(name = "portions_total", nullable = false, updatable = false)
    private int portionsTotal;

    @Column(name = "portions_left", nullable = false, updatable = false)
    private int portionsLeft;

    @Column(nullable = false)
    private boolean removed;

    protected MenuItem() {}

    MenuItem(long id, DailyMenu menu, long dishId, BigDecimal price, boolean priceOverridden, int portions) {
        this.id = id;
        this.menuId = menu.id();
        this.canteenId = menu.canteenId();
        this.serviceDate = menu.serviceDate();
        this.period = menu.period();
        this.dishId = dishId;
        this.price = price;
        this.priceOverridden = priceOverridden;
        this.portionsTotal = portions;
        this.portionsLeft = portions;
    }

    void reprice(BigDecimal price, boolean overridden) {
        this.price = price;
        this.priceOverridden = overridden;
    }

    void markRemoved() {
        removed = true;
    }

    void restore() {
        removed = false;
    }

    long id() {
        return id;
    }

    long menuId() {
        return menuId;
    }

    long dishId() {
        return dishId;
    }

    BigDecimal price() {
        return price;
    }

    boolean priceOverridden() {
        return priceOverridden;
    }

    boolean removed() {
        return removed;
    }
}
