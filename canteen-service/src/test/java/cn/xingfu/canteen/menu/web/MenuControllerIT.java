package cn.xingfu.canteen.menu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.menu.DishView;
import cn.xingfu.canteen.menu.MenuCatalog;
import cn.xingfu.canteen.menu.MenuFixtures;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.canteen.support.StaffAccounts;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class MenuControllerIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    CanteenDirectory canteens;

    @Autowired
    MenuPlanning planning;

    @Autowired
    MenuCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Clock clock;

    StaffAccounts staff;
    LocalDate today;

    @BeforeEach
    void setUp() {
        staff = new StaffAccounts(accounts, encoder);
        today = LocalDate.now(clock);
    }

    @Test
    void aManagerPutsADishOnTheMenuAndStaffMarkItSoldOut() throws Exception {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        DishView dish = MenuFixtures.aDish(planning, "7.00");
        var manager = staff.login(Role.CANTEEN_MANAGER, canteen);

        String body = mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(item(today, dish.id(), 30, "6.50")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.price").value(6.5))
                .andExpect(jsonPath("$.portionsLeft").value(30))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long itemId = Long.parseLong(body.replaceAll(".*\"menuItemId\":(\\d+).*", "$1"));

        mvc.perform(post("/api/menu-items/{id}/sold-out", itemId).with(staff.login(Role.CANTEEN_STAFF, canteen)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.portionsLeft").value(0));
        mvc.perform(post("/api/menu-items/{id}/available", itemId)
                        .with(staff.login(Role.CANTEEN_STAFF, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"portions\":5}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.portionsLeft").value(5));
    }

    @Test
    void kiosksSeeOnlyPublishedMenusOfTheirOwnCanteen() throws Exception {
        MenuItemView published = MenuFixtures.aPublishedItem(canteens, planning, today, 10);
        long canteen = published.canteenId();
        DishView draftDish = MenuFixtures.aDish(planning, "3.00");
        planning.putItem(
                canteen,
                new MenuPlanning.ItemRequest(today.plusDays(1), MealPeriod.LUNCH, draftDish.id(), 10, null),
                MenuFixtures.ADMIN);
        var kiosk = staff.login(Role.KIOSK, canteen);

        mvc.perform(get("/api/canteens/{id}/menus", canteen)
                        .param("date", today.toString())
                        .param("period", "LUNCH")
                        .with(kiosk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.items[0].menuItemId").value(published.menuItemId()));
        mvc.perform(get("/api/canteens/{id}/menus", canteen)
                        .param("date", today.plusDays(1).toString())
                        .param("period", "LUNCH")
                        .with(kiosk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(false))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/canteens/{id}/menus", canteen)
                        .param("date", today.plusDays(1).toString())
                        .param("period", "LUNCH")
                        .with(staff.login(Role.CANTEEN_MANAGER, canteen)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].dishId").value(draftDish.id()));
        long other = SiteFixtures.aCanteen(canteens).id();
        mvc.perform(get("/api/canteens/{id}/menus", other)
                        .param("date", today.toString())
                        .param("period", "LUNCH")
                        .with(kiosk))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
    }

    @Test
    void unknownIdsAreNamed() throws Exception {
        var admin = staff.login(Role.DISTRICT_ADMIN, null);
        mvc.perform(post("/api/menu-items/{id}/sold-out", Ids.next()).with(admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("MENU_ITEM_NOT_FOUND"));
        mvc.perform(get("/api/dishes/{id}", Ids.next()).with(admin))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("DISH_NOT_FOUND"));
        long canteen = SiteFixtures.aCanteen(canteens).id();
        mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(item(today, Ids.next(), 10, null)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("DISH_NOT_FOUND"));
        mvc.perform(put("/api/canteens/{id}/menus/items", Ids.next())
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                item(today, MenuFixtures.aDish(planning, "1.00").id(), 10, null)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CANTEEN_NOT_FOUND"));
    }

    @Test
    void aCentralKitchenPlansMoreThanTenThousandPortionsOfOneDish() throws Exception {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        DishView dish = MenuFixtures.aDish(planning, "9.00");
        var manager = staff.login(Role.CANTEEN_MANAGER, canteen);

        String body = mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(item(today, dish.id(), 60_000, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.portionsTotal").value(60_000))
                .andExpect(jsonPath("$.portionsLeft").value(60_000))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long itemId = Long.parseLong(body.replaceAll(".*\"menuItemId\":(\\d+).*", "$1"));
        mvc.perform(post("/api/menu-items/{id}/available", itemId)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"portions\":40000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.portionsTotal").value(100_000));
        mvc.perform(post("/api/menu-items/{id}/available", itemId)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"portions\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PORTIONS"));
    }

    @Test
    void negativeOrAbsurdPortionsAndPricesChangeNothing() throws Exception {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        DishView dish = MenuFixtures.aDish(planning, "7.00");
        var manager = staff.login(Role.CANTEEN_MANAGER, canteen);
        int items = count("menu_item");
        int dishes = count("dish");

        for (String bad : new String[] {
            item(today, dish.id(), -1, null),
            item(today, dish.id(), 10, "-0.50"),
            item(today, dish.id(), 10, "100000"),
            item(today, dish.id(), 10, "1.234")
        }) {
            mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                            .with(manager)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        }
        // above the configured ceiling (xingfu.menu.max-portions, 100,000 by default) is a typing error
        mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(item(today, dish.id(), 1_000_000, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PORTIONS"))
                .andExpect(jsonPath("$.maxPortions").value(100_000));
        mvc.perform(post("/api/dishes")
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"贵菜%d","nameEn":"x","price":5000,"category":"荤菜","texture":"NORMAL"}
                                """.formatted(Ids.next())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        assertThat(count("menu_item")).isEqualTo(items);
        assertThat(count("dish")).isEqualTo(dishes);
    }

    @Test
    void pastMenusCannotBeEdited() throws Exception {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        DishView dish = MenuFixtures.aDish(planning, "7.00");
        int menus = count("daily_menu");

        mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                        .with(staff.login(Role.CANTEEN_MANAGER, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(item(today.minusDays(1), dish.id(), 10, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MENU_IN_PAST"));

        assertThat(count("daily_menu")).isEqualTo(menus);
    }

    @Test
    void onlyManagersPlanMenusAndDishes() throws Exception {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        var counter = staff.login(Role.CANTEEN_STAFF, canteen);
        int dishes = count("dish");

        mvc.perform(post("/api/dishes")
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"员工菜%d","nameEn":"x","price":5,"category":"荤菜","texture":"NORMAL"}
                                """.formatted(Ids.next())))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MANAGER_ONLY"));
        mvc.perform(post("/api/canteens/{id}/menus/publish-week", canteen)
                        .with(counter)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weekStart\":\"2030-01-07\"}"))
                .andExpect(status().isForbidden());
        MenuItemView item = MenuFixtures.aPublishedItem(canteens, planning, today, 5);
        mvc.perform(delete("/api/menu-items/{id}", item.menuItemId()).with(staff.login(Role.CANTEEN_MANAGER, canteen)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));

        assertThat(count("dish")).isEqualTo(dishes + 1);
        assertThat(catalog.item(item.menuItemId()).portionsLeft()).isEqualTo(5);
    }

    @Test
    void publishAndCopyWeekThroughTheApi() throws Exception {
        long canteen = SiteFixtures.aCanteen(canteens).id();
        LocalDate monday = today.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        DishView dish = MenuFixtures.aDish(planning, "7.00");
        var manager = staff.login(Role.CANTEEN_MANAGER, canteen);
        mvc.perform(put("/api/canteens/{id}/menus/items", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(item(monday, dish.id(), 30, null)))
                .andExpect(status().isOk());

        mvc.perform(post("/api/canteens/{id}/menus/publish-week", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weekStart\":\"%s\"}".formatted(monday)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(1));
        mvc.perform(post("/api/canteens/{id}/menus/copy-week", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fromWeekStart\":\"%s\",\"toWeekStart\":\"%s\"}"
                                .formatted(monday, monday.plusWeeks(1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items").value(1));
        mvc.perform(post("/api/canteens/{id}/menus/publish-week", canteen)
                        .with(manager)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"weekStart\":\"%s\"}".formatted(monday.plusDays(1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_WEEK_START"));
        mvc.perform(get("/api/canteens/{id}/menus/changes", canteen)
                        .param("from", monday.toString())
                        .param("to", monday.plusDays(6).toString())
                        .with(manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private static String item(LocalDate date, long dishId, int portions, String price) {
        return """
                {"serviceDate":"%s","period":"LUNCH","dishId":%d,"portions":%d%s}
                """.formatted(date, dishId, portions, price == null ? "" : ",\"price\":" + price);
    }
}
