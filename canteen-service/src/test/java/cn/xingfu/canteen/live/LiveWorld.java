package cn.xingfu.canteen.live;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.menu.DishDraft;
import cn.xingfu.canteen.menu.DishView;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.ordering.OrderPlacement;
import cn.xingfu.canteen.ordering.OrderProgress;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.ordering.PlaceOrder;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.RegisteredSenior;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.SeniorRegistration;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.MealWindow;
import cn.xingfu.canteen.site.NewCanteen;
import cn.xingfu.canteen.subsidy.SubsidyPolicies;
import cn.xingfu.canteen.subsidy.SubsidyPolicy;
import cn.xingfu.canteen.wallet.Wallets;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small world of its own for each live test class, built through the other modules' public APIs: two
 * canteens serving one meal all day (so the tests do not depend on the time of day), their staff and
 * kiosks, a senior with dietary needs and money in the wallet, and a dish on today's menu.
 */
final class LiveWorld {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String PASSWORD = "live-test-secret";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An account the tests sign in with. */
    record Login(long id, String username, String password, Actor actor) {}

    private final ApplicationContext context;
    private final int port;
    private final long canteenA;
    private final long canteenB;
    private final Login managerA;
    private final Login staffA;
    private final Login staffB;
    private final Login kioskA;
    private final Login kioskA2;
    private final Login kioskB;
    private final long seniorId;
    private final String cardToken;
    private final String seniorName;
    private final long menuItemId;
    private final String dishName;
    private final MealPeriod period = MealPeriod.LUNCH;
    private final LocalDate today;

    private LiveWorld(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
        this.today = LocalDate.now(CHINA);
        String tag = Long.toString(Ids.next(), 36).toUpperCase();
        // a district of its own, so this world's subsidy policy meets no other test's
        String district = String.format("9%05d", ThreadLocalRandom.current().nextInt(100_000));
        context.getBean(SubsidyPolicies.class)
                .create(
                        new SubsidyPolicy(
                                district,
                                "lv-" + tag,
                                "实时测试补贴",
                                today,
                                null,
                                SubsidyPolicy.Basis.PER_MEAL,
                                List.of(new SubsidyPolicy.Tier(
                                        "AGE_80", "80岁以上", 80, Set.of(), new BigDecimal("3.00"))),
                                null,
                                null,
                                null,
                                BigDecimal.ZERO,
                                new SubsidyPolicy.DeliveryRule(Set.of(), 60, Set.of())),
                        "live-tests");
        CanteenDirectory canteens = context.getBean(CanteenDirectory.class);
        canteenA = canteen(canteens, district, "A" + tag);
        canteenB = canteen(canteens, district, "B" + tag);

        Accounts accounts = context.getBean(Accounts.class);
        String hash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        managerA = account(accounts, hash, "lv-mgr-" + tag, Role.CANTEEN_MANAGER, canteenA);
        staffA = account(accounts, hash, "lv-staff-a-" + tag, Role.CANTEEN_STAFF, canteenA);
        staffB = account(accounts, hash, "lv-staff-b-" + tag, Role.CANTEEN_STAFF, canteenB);
        kioskA = account(accounts, hash, "lv-kiosk-a-" + tag, Role.KIOSK, canteenA);
        kioskA2 = account(accounts, hash, "lv-kiosk-a2-" + tag, Role.KIOSK, canteenA);
        kioskB = account(accounts, hash, "lv-kiosk-b-" + tag, Role.KIOSK, canteenB);

        seniorName = "李" + "建国";
        RegisteredSenior senior = context.getBean(SeniorRegistry.class)
                .register(
                        new SeniorRegistration(
                                seniorName,
                                residentIdNumber(),
                                null,
                                null,
                                null,
                                "江津区几江街道测试路1号",
                                null,
                                null,
                                canteenA,
                                new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(Allergen.PEANUT), Texture.SOFT),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                SeniorFixtures.consentedToAll()),
                        managerA.actor());
        seniorId = senior.senior().id();
        cardToken = context.getBean(CardManagement.class)
                .issue(seniorId, Set.of(), managerA.actor())
                .token();
        context.getBean(Wallets.class)
                .topUp(seniorId, new BigDecimal("500.00"), "lv-topup-" + tag, managerA.actor(), "live tests");

        MenuPlanning menus = context.getBean(MenuPlanning.class);
        dishName = "清蒸鲈鱼" + tag.substring(tag.length() - 3);
        DishView dish = menus.createDish(new DishDraft(
                dishName,
                "Steamed perch",
                new BigDecimal("14.00"),
                "荤菜",
                Set.of(),
                Set.of(DietaryTag.LOW_SALT),
                Texture.SOFT));
        MenuItemView item = menus.putItem(
                canteenA, new MenuPlanning.ItemRequest(today, period, dish.id(), 500, null), managerA.actor());
        menuItemId = item.menuItemId();
        menus.publishWeek(canteenA, today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), managerA.actor());
    }

    static LiveWorld create(ApplicationContext context, int port) {
        return new LiveWorld(context, port);
    }

    private static long canteen(CanteenDirectory canteens, String district, String code) {
        long id = Ids.next();
        LocalTime end = LocalTime.of(23, 59, 59);
        // one meal served all day, so ordering is open whenever the tests run
        MealWindow allDay = new MealWindow(MealPeriod.LUNCH, LocalTime.MIDNIGHT, end, end, end, end);
        canteens.register(new NewCanteen(
                id, "LV" + code, "实时测试食堂" + code, "几江街道", district, "江津区测试路" + code, 29.29, 106.25, List.of(allDay)));
        return id;
    }

    private static Login account(Accounts accounts, String hash, String username, Role role, long canteenId) {
        long id = Ids.next();
        Account account = accounts.save(new Account(id, username, hash, username, role, canteenId));
        return new Login(id, username, PASSWORD, account.toActor());
    }

    /** A valid, random 18-digit resident ID number of someone born in the 1936-1945 (GB 11643 check digit). */
    static String residentIdNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate born = LocalDate.of(1936, 1, 1).plusDays(random.nextInt(3650));
        String body = "500116" + born.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    RestClient rest(Login login) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(login.username(), login.password()))
                .build();
    }

    /** Staff place an order for the senior, checked in person (no card). */
    JsonNode placeStaffOrder(Login staff, Channel channel) {
        JsonNode response = rest(staff)
                .post()
                .uri("/api/orders")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(Map.of(
                        "seniorId", seniorId,
                        "canteenId", canteenA,
                        "channel", channel.name(),
                        "payment", "WALLET",
                        "serviceDate", today.toString(),
                        "period", period.name(),
                        "items", List.of(Map.of("menuItemId", menuItemId, "quantity", 1)))))
                .retrieve()
                .body(JsonNode.class);
        return response.has("order") ? response.get("order") : response;
    }

    /** A kiosk places a dine-in order with the senior's card, for the meal being served now. */
    JsonNode placeKioskOrder(Login kiosk) {
        JsonNode response = rest(kiosk)
                .post()
                .uri("/api/orders")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(Map.of(
                        "cardToken",
                        cardToken,
                        "channel",
                        "DINE_IN",
                        "items",
                        List.of(Map.of("menuItemId", menuItemId, "quantity", 1)))))
                .retrieve()
                .body(JsonNode.class);
        return response.has("order") ? response.get("order") : response;
    }

    /**
     * The body as a string, so it goes out with a Content-Length: the service refuses chunked bodies, which
     * is how a streamed JSON body would be sent.
     */
    private static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    JsonNode advance(Login staff, long orderId, OrderStatus to) {
        return rest(staff)
                .post()
                .uri("/api/orders/{id}/transitions", orderId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(json(Map.of("to", to.name())))
                .retrieve()
                .body(JsonNode.class);
    }

    /** Places an order in-process, as staff would at the counter: quicker than HTTP for a rush of a hundred. */
    OrderView placeInProcess(Channel channel) {
        return context.getBean(OrderPlacement.class)
                .place(
                        new PlaceOrder(
                                null,
                                null,
                                seniorId,
                                canteenA,
                                channel,
                                PaymentMethod.WALLET,
                                List.of(new PlaceOrder.Item(menuItemId, 1)),
                                false,
                                today,
                                period,
                                null),
                        UUID.randomUUID().toString(),
                        staffA.actor())
                .order();
    }

    OrderView advanceInProcess(long orderId, OrderStatus to) {
        return context.getBean(OrderProgress.class).advance(orderId, to, null, staffA.actor());
    }

    void topUp(String amount) {
        context.getBean(Wallets.class)
                .topUp(seniorId, new BigDecimal(amount), "lv-topup-" + Ids.next(), managerA.actor(), "live tests");
    }

    Login managerA() {
        return managerA;
    }

    long canteenA() {
        return canteenA;
    }

    long canteenB() {
        return canteenB;
    }

    Login staffA() {
        return staffA;
    }

    Login staffB() {
        return staffB;
    }

    Login kioskA() {
        return kioskA;
    }

    Login kioskA2() {
        return kioskA2;
    }

    Login kioskB() {
        return kioskB;
    }

    String dishName() {
        return dishName;
    }

    /** The senior's card, as a kiosk reads it from the QR code. */
    String cardToken() {
        return cardToken;
    }

    /** Today's dish at canteen A (500 portions). */
    long menuItemId() {
        return menuItemId;
    }

    String seniorName() {
        return seniorName;
    }

    MealPeriod period() {
        return period;
    }

    LocalDate today() {
        return today;
    }
}
