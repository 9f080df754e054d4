package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One 帅乡幸福食堂 site. Meal windows are value objects owned by the canteen. */
@Entity
@Table(name = "canteen")
class Canteen {

    @Id
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 50)
    private String town;

    @Column(name = "district_code", nullable = false, length = 6)
    private String districtCode;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(nullable = false, precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "canteen_meal_window", joinColumns = @JoinColumn(name = "canteen_id"))
    private List<MealSchedule> meals = new ArrayList<>();

    protected Canteen() {}

    Canteen(
            long id,
            String code,
            String name,
            String town,
            String districtCode,
            String address,
            double latitude,
            double longitude,
            Instant now) {
        if (!districtCode.matches("\\d{6}")) {
            throw DomainException.invalid(
                    "INVALID_DISTRICT_CODE", "区县代码应为 6 位数字", "The district code must have 6 digits");
        }
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw DomainException.invalid("INVALID_COORDINATES", "经纬度超出范围", "Latitude or longitude out of range");
        }
        this.id = id;
        this.code = code;
        this.name = name;
        this.town = town;
        this.districtCode = districtCode;
        this.address = address;
        this.latitude = BigDecimal.valueOf(latitude).setScale(6, RoundingMode.HALF_UP);
        this.longitude = BigDecimal.valueOf(longitude).setScale(6, RoundingMode.HALF_UP);
        this.active = true;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Sets (adds or replaces) the window of one meal period. */
    void schedule(MealWindow window, Instant now) {
        MealSchedule.validate(window);
        meals.removeIf(m -> m.period() == window.period());
        meals.add(MealSchedule.of(window));
        updatedAt = now;
    }

    void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    long id() {
        return id;
    }

    @Nullable
    MealSchedule meal(MealPeriod period) {
        return meals.stream().filter(m -> m.period() == period).findFirst().orElse(null);
    }

    CanteenView toView() {
        return new CanteenView(
                id,
                code,
                name,
                town,
                districtCode,
                address,
                latitude.doubleValue(),
                longitude.doubleValue(),
                active,
                meals.stream()
                        .sorted(Comparator.comparing(MealSchedule::period))
                        .map(MealSchedule::toWindow)
                        .toList());
    }
}
