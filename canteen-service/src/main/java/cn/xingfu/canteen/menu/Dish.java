package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.FoodSetColumns;
import cn.xingfu.canteen.shared.food.Texture;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A dish of the catalogue. Its price is the default put on a menu; changing it never changes menus that
 * already carry the dish (their price was fixed when the dish was put on them).
 */
@Entity
@Table(name = "dish")
class Dish {

    @Id
    private Long id;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 16)
    private String category;

    @Convert(converter = FoodSetColumns.Allergens.class)
    @Column(nullable = false, length = 200)
    private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

    @Convert(converter = FoodSetColumns.DietaryTags.class)
    @Column(name = "dietary_tags", nullable = false, length = 200)
    private Set<DietaryTag> dietaryTags = EnumSet.noneOf(DietaryTag.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Texture texture;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Dish() {}

    Dish(long id, DishDraft draft, Instant now) {
        this.id = id;
        this.active = true;
        this.createdAt = now;
        apply(draft, now);
    }

    void apply(DishDraft draft, Instant now) {
        this.name = draft.name().trim();
        this.nameEn = draft.nameEn().trim();
        this.price = Money.of(draft.price());
        this.category = draft.category().trim();
        this.allergens = EnumSet.noneOf(Allergen.class);
        this.allergens.addAll(draft.allergens());
        this.dietaryTags = EnumSet.noneOf(DietaryTag.class);
        this.dietaryTags.addAll(draft.dietaryTags());
        this.texture = draft.texture();
        this.updatedAt = now;
    }

    void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    BigDecimal price() {
        return price;
    }

    boolean active() {
        return active;
    }

    DishView toView() {
        return new DishView(
                id, name, nameEn, price, category, Set.copyOf(allergens), Set.copyOf(dietaryTags), texture, active);
    }
}
