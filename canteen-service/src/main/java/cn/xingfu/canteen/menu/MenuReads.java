package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.FoodSetColumns;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.kernel.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Menu reads in plain SQL. The static part (dishes, prices, published or not) is cached and evicted after
 * every committed change; portion counters are always read fresh.
 */
@Component
class MenuReads {

    static final String MENUS = "menus";
    static final String ITEMS = "menu-items";

    private static final String ITEM_SELECT = """
            SELECT mi.id, mi.menu_id, mi.canteen_id, mi.service_date, mi.meal_period, mi.dish_id, d.name, d.name_en,
                   d.category, mi.price, d.allergens, d.dietary_tags, d.texture, mi.portions_total, mi.portions_left,
                   m.status
              FROM menu_item mi
              JOIN dish d ON d.id = mi.dish_id
              JOIN daily_menu m ON m.id = mi.menu_id
            """;

    /** A menu without live counters; {@code menuId} 0 when the canteen has no menu for that meal. */
    record Snapshot(long menuId, boolean published, List<MenuItemView> items) {}

    private record Counters(int total, int left) {}

    private final JdbcTemplate jdbc;

    MenuReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(MENUS)
    public Snapshot snapshot(long canteenId, LocalDate date, MealPeriod period) {
        List<Map<String, Object>> menus = jdbc.queryForList(
                "SELECT id, status FROM daily_menu WHERE canteen_id = ? AND service_date = ? AND meal_period = ?",
                canteenId,
                date,
                period.name());
        if (menus.isEmpty()) {
            return new Snapshot(0, false, List.of());
        }
        long menuId = ((Number) menus.get(0).get("id")).longValue();
        boolean published = "PUBLISHED".equals(menus.get(0).get("status"));
        List<MenuItemView> items = jdbc.query(
                ITEM_SELECT + " WHERE mi.menu_id = ? AND mi.removed = FALSE ORDER BY d.category, d.name",
                MenuReads::item,
                menuId);
        return new Snapshot(menuId, published, items);
    }

    @Cacheable(ITEMS)
    public MenuItemView staticItem(long menuItemId) {
        List<MenuItemView> found =
                jdbc.query(ITEM_SELECT + " WHERE mi.id = ? AND mi.removed = FALSE", MenuReads::item, menuItemId);
        if (found.isEmpty()) {
            throw notFound(menuItemId);
        }
        return found.get(0);
    }

    /** The snapshot's items with the counters as they are now. */
    List<MenuItemView> withFreshPortions(long menuId, List<MenuItemView> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, Counters> counters = new HashMap<>();
        jdbc.query(
                "SELECT id, portions_total, portions_left FROM menu_item WHERE menu_id = ?",
                rs -> {
                    counters.put(rs.getLong(1), new Counters(rs.getInt(2), rs.getInt(3)));
                },
                menuId);
        return items.stream()
                .map(i -> {
                    Counters c = counters.get(i.menuItemId());
                    return c == null ? i : withCounters(i, c.total(), c.left());
                })
                .toList();
    }

    MenuItemView withFreshPortions(MenuItemView item) {
        List<Counters> counters = jdbc.query(
                "SELECT portions_total, portions_left FROM menu_item WHERE id = ?",
                (rs, n) -> new Counters(rs.getInt(1), rs.getInt(2)),
                item.menuItemId());
        return counters.isEmpty()
                ? item
                : withCounters(item, counters.get(0).total(), counters.get(0).left());
    }

    /** Uncached, including removed items' absence and drafts: for planning screens and for answers to writes. */
    List<MenuItemView> itemsOf(long menuId) {
        return jdbc.query(
                ITEM_SELECT + " WHERE mi.menu_id = ? AND mi.removed = FALSE ORDER BY d.category, d.name",
                MenuReads::item,
                menuId);
    }

    MenuItemView freshItem(long menuItemId) {
        List<MenuItemView> found =
                jdbc.query(ITEM_SELECT + " WHERE mi.id = ? AND mi.removed = FALSE", MenuReads::item, menuItemId);
        if (found.isEmpty()) {
            throw notFound(menuItemId);
        }
        return found.get(0);
    }

    static DomainException notFound(long menuItemId) {
        return DomainException.notFound("MENU_ITEM_NOT_FOUND", "找不到该菜品", "No menu item with id " + menuItemId);
    }

    private static MenuItemView withCounters(MenuItemView i, int total, int left) {
        return new MenuItemView(
                i.menuItemId(),
                i.canteenId(),
                i.serviceDate(),
                i.period(),
                i.dishId(),
                i.name(),
                i.nameEn(),
                i.category(),
                i.price(),
                i.allergens(),
                i.dietaryTags(),
                i.texture(),
                total,
                left,
                i.published());
    }

    private static MenuItemView item(ResultSet rs, int row) throws SQLException {
        return new MenuItemView(
                rs.getLong("id"),
                rs.getLong("canteen_id"),
                rs.getObject("service_date", LocalDate.class),
                MealPeriod.valueOf(rs.getString("meal_period")),
                rs.getLong("dish_id"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getString("category"),
                rs.getBigDecimal("price"),
                java.util.Set.copyOf(FoodSetColumns.read(rs.getString("allergens"), Allergen.class)),
                java.util.Set.copyOf(FoodSetColumns.read(rs.getString("dietary_tags"), DietaryTag.class)),
                Texture.valueOf(rs.getString("texture")),
                rs.getInt("portions_total"),
                rs.getInt("portions_left"),
                "PUBLISHED".equals(rs.getString("status")));
    }
}
