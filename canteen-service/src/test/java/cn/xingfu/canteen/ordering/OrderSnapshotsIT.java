package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.card.CardManagement;
import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.senior.StatusPeriod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.support.Http;
import cn.xingfu.canteen.support.TestClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The live push's snapshot (one plain query, {@link OrderSnapshots}) against the aggregate's own view
 * ({@link Order#toView()} after a load through JPA), record equality over every field, on orders of every shape.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrderSnapshotsIT {

    @LocalServerPort
    int port;

    @Autowired
    OrderingScenario scenario;

    @Autowired
    OrderPlacement placement;

    @Autowired
    OrderProgress progress;

    @Autowired
    OrderQueries queries;

    @Autowired
    Orders orders;

    @Autowired
    CardManagement cards;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    @AfterEach
    void releaseClock() {
        clock.reset();
    }

    @Test
    void theSnapshotEqualsTheAggregatesViewForOrdersOfEveryShape() {
        OrderingScenario.World world = scenario.newWorld();
        MenuItemView pork = world.lunchDish("回锅肉", "12.00", 100);
        MenuItemView soup = world.lunchDish("紫菜蛋花汤", "6.50", 100);
        MenuItemView rice = world.lunchDish("米饭", "1.00", 100);
        MenuItemView peanuts = world.dish("宫保鸡丁", "13.00", 100, Set.of(Allergen.PEANUT), Texture.NORMAL);
        long subsidised = world.senior(85, "500.00");
        long younger = world.senior(62, "500.00");
        long disabled = world.senior(
                LocalDate.of(1950, 1, 1),
                "500.00",
                List.of(new StatusPeriod(EligibilityStatus.DISABLED, "区民政局", OrderingScenario.DAY.minusYears(1), null)),
                DietaryNeeds.none());
        long dietary = world.senior(
                LocalDate.of(1948, 6, 1),
                "500.00",
                List.of(),
                new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(Allergen.PEANUT), Texture.NORMAL));
        List<Long> ids = new ArrayList<>();

        // dine-in, subsidised, several lines (one of them twice), paid from the wallet
        ids.add(place(world, subsidised, Channel.DINE_IN, PaymentMethod.WALLET, false, pork, pork, soup, rice));
        // the same meal period again: no subsidy; cash, then paid at the counter
        long cash = place(world, subsidised, Channel.TAKEAWAY, PaymentMethod.CASH, false, soup);
        progress.confirmCash(cash, world.manager);
        ids.add(cash);
        // cash, never paid, cancelled: VOID
        long voided = place(world, younger, Channel.DINE_IN, PaymentMethod.CASH, false, pork);
        progress.cancel(voided, "changed mind", world.manager);
        ids.add(voided);
        // paid from the wallet, cancelled: REFUNDED
        long refunded = place(world, younger, Channel.TAKEAWAY, PaymentMethod.WALLET, false, rice, soup);
        progress.cancel(refunded, null, world.manager);
        ids.add(refunded);
        // delivery through to the door
        long delivered = place(world, disabled, Channel.DELIVERY, PaymentMethod.WALLET, false, pork, soup);
        progress.advance(delivered, OrderStatus.PREPARING, null, world.manager);
        progress.advance(delivered, OrderStatus.READY, null, world.manager);
        progress.recordDeliveryStep(delivered, OrderStatus.OUT_FOR_DELIVERY, null, "volunteer-1");
        progress.recordDeliveryStep(delivered, OrderStatus.DELIVERED, "门口交给本人", "volunteer-1");
        ids.add(delivered);
        // dietary flags, the allergen confirmed by staff; served, then the hand-over recalled
        long flagged = place(world, dietary, Channel.DINE_IN, PaymentMethod.WALLET, true, peanuts, rice);
        progress.advance(flagged, OrderStatus.PREPARING, null, world.manager);
        progress.advance(flagged, OrderStatus.READY, null, world.manager);
        progress.advance(flagged, OrderStatus.SERVED, null, world.manager);
        progress.recall(flagged, world.manager);
        ids.add(flagged);
        // a line recorded before English names existed (V155 left them empty): the Chinese name stands in
        long oldLine = place(world, disabled, Channel.TAKEAWAY, PaymentMethod.WALLET, false, rice);
        jdbc.update("UPDATE meal_order_line SET name_en = '' WHERE order_id = ?", oldLine);
        ids.add(oldLine);
        // a kiosk order by card over HTTP: kiosk id and card verification
        ids.add(kioskOrder(world, younger, soup));

        for (long id : ids) {
            OrderView aggregate = orders.findById(id).orElseThrow().toView();
            assertThat(queries.snapshot(id)).as("order %d", id).isEqualTo(aggregate);
        }
        // the shapes really are different: not eight copies of one case
        List<OrderView> views = ids.stream().map(queries::snapshot).toList();
        assertThat(views).extracting(OrderView::channel).contains(Channel.DINE_IN, Channel.TAKEAWAY, Channel.DELIVERY);
        assertThat(views)
                .extracting(OrderView::paymentStatus)
                .contains(PaymentStatus.PAID, PaymentStatus.VOID, PaymentStatus.REFUNDED);
        assertThat(views)
                .extracting(OrderView::status)
                .contains(OrderStatus.PLACED, OrderStatus.CANCELLED, OrderStatus.DELIVERED, OrderStatus.READY);
        assertThat(views).anySatisfy(v -> assertThat(v.subsidy()).isPositive());
        assertThat(views).anySatisfy(v -> assertThat(v.subsidy()).isZero());
        assertThat(views)
                .anySatisfy(v -> assertThat(v.lines())
                        .hasSize(3)
                        .anySatisfy(l -> assertThat(l.quantity()).isEqualTo(2)));
        assertThat(views).anySatisfy(v -> assertThat(v.dietaryFlags()).isNotEmpty());
        assertThat(views).anySatisfy(v -> assertThat(v.kioskId()).isNotNull());
        assertThat(views).anySatisfy(v -> assertThat(v.version()).isGreaterThan(3));
        assertThat(queries.snapshot(oldLine).lines().get(0).nameEn())
                .isEqualTo(queries.snapshot(oldLine).lines().get(0).name());
    }

    @Test
    void anUnknownOrderIsNotFound() {
        assertThatThrownBy(() -> queries.snapshot(-1L)).hasMessageContaining("not found");
    }

    private long place(
            OrderingScenario.World world,
            long senior,
            Channel channel,
            PaymentMethod payment,
            boolean allergenConfirmed,
            MenuItemView... dishes) {
        List<PlaceOrder.Item> items = new ArrayList<>();
        for (MenuItemView dish : dishes) {
            // a dish named twice is one line of two portions, as a kiosk sends it
            int index = indexOf(items, dish.menuItemId());
            if (index >= 0) {
                items.set(
                        index,
                        new PlaceOrder.Item(dish.menuItemId(), items.get(index).quantity() + 1));
            } else {
                items.add(new PlaceOrder.Item(dish.menuItemId(), 1));
            }
        }
        PlaceOrder order =
                new PlaceOrder(null, null, senior, null, channel, payment, items, allergenConfirmed, null, null, null);
        return placement
                .place(order, UUID.randomUUID().toString(), world.manager)
                .order()
                .orderId();
    }

    private static int indexOf(List<PlaceOrder.Item> items, long menuItemId) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).menuItemId() == menuItemId) {
                return i;
            }
        }
        return -1;
    }

    private long kioskOrder(OrderingScenario.World world, long senior, MenuItemView dish) {
        Http http = new Http(port);
        String token = cards.issue(senior, Set.of(), world.manager).token();
        Http.Answer scan = http.post(
                "/api/kiosk/scan",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of("qr", token),
                Map.of());
        assertThat(scan.status()).as(scan.body()).isEqualTo(200);
        Http.Answer answer = http.post(
                "/api/orders",
                world.kiosk.username(),
                OrderingScenario.KIOSK_PASSWORD,
                Map.of(
                        "cardToken",
                        token,
                        "channel",
                        "TAKEAWAY",
                        "payment",
                        "WALLET",
                        "items",
                        List.of(Map.of("menuItemId", dish.menuItemId(), "quantity", 1))),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().path("orderId").asLong();
    }
}
