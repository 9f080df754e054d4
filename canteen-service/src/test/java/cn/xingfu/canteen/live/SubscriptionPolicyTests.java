package cn.xingfu.canteen.live;

import static cn.xingfu.canteen.live.LiveFixtures.CANTEEN;
import static cn.xingfu.canteen.live.LiveFixtures.KIOSK;
import static cn.xingfu.canteen.live.LiveFixtures.OTHER_CANTEEN;
import static cn.xingfu.canteen.live.LiveFixtures.districtAdmin;
import static cn.xingfu.canteen.live.LiveFixtures.kiosk;
import static cn.xingfu.canteen.live.LiveFixtures.staffOf;
import static cn.xingfu.canteen.live.LiveFixtures.volunteerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.xingfu.canteen.ordering.OrderQueries;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubscriptionPolicyTests {

    private final Accounts accounts = mock(Accounts.class);
    private final OrderQueries orders = mock(OrderQueries.class);
    private final SubscriptionPolicy policy = new SubscriptionPolicy(accounts, orders);

    @BeforeEach
    void kioskBelongsToCanteen() {
        when(accounts.findById(KIOSK))
                .thenReturn(Optional.of(new Account(KIOSK, "kiosk-a", "x", "自助机", Role.KIOSK, CANTEEN)));
        when(accounts.findById(501L + CANTEEN))
                .thenReturn(
                        Optional.of(new Account(501L + CANTEEN, "staff-x", "x", "员工", Role.CANTEEN_STAFF, CANTEEN)));
    }

    @Test
    void staffHearTheirOwnCanteenOnly() {
        Actor staff = staffOf(CANTEEN);
        assertThat(policy.maySubscribe(staff, LiveDestinations.canteenOrders(CANTEEN)))
                .isTrue();
        assertThat(policy.maySubscribe(staff, LiveDestinations.canteenBoard(CANTEEN)))
                .isTrue();
        assertThat(policy.maySubscribe(staff, LiveDestinations.canteenMenu(CANTEEN)))
                .isTrue();
        assertThat(policy.maySubscribe(staff, LiveDestinations.kioskOrders(KIOSK)))
                .isTrue();

        assertThat(policy.maySubscribe(staff, LiveDestinations.canteenOrders(OTHER_CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(staff, LiveDestinations.canteenBoard(OTHER_CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(staff, LiveDestinations.canteenMenu(OTHER_CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(staffOf(OTHER_CANTEEN), LiveDestinations.kioskOrders(KIOSK)))
                .isFalse();
    }

    @Test
    void welfareAlertsAreHeardByStaffOfTheCanteenAndDistrictAdministratorsOnly() {
        String alerts = LiveDestinations.canteenAlerts(CANTEEN);
        assertThat(policy.maySubscribe(staffOf(CANTEEN), alerts)).isTrue();
        assertThat(policy.maySubscribe(districtAdmin(), alerts)).isTrue();

        assertThat(policy.maySubscribe(staffOf(OTHER_CANTEEN), alerts)).isFalse();
        assertThat(policy.maySubscribe(kiosk(KIOSK, CANTEEN), alerts)).isFalse();
        assertThat(policy.maySubscribe(volunteerOf(CANTEEN), alerts)).isFalse();
    }

    @Test
    void aKioskHearsItsOwnOrdersAndItsCanteensMenuOnly() {
        Actor kiosk = kiosk(KIOSK, CANTEEN);
        assertThat(policy.maySubscribe(kiosk, LiveDestinations.kioskOrders(KIOSK)))
                .isTrue();
        assertThat(policy.maySubscribe(kiosk, LiveDestinations.canteenMenu(CANTEEN)))
                .isTrue();

        assertThat(policy.maySubscribe(kiosk, LiveDestinations.kioskOrders(KIOSK + 1)))
                .isFalse();
        assertThat(policy.maySubscribe(kiosk, LiveDestinations.canteenOrders(CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(kiosk, LiveDestinations.canteenBoard(CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(kiosk, LiveDestinations.canteenMenu(OTHER_CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(kiosk, LiveDestinations.canteenOrders(OTHER_CANTEEN)))
                .isFalse();
    }

    @Test
    void staffCannotPassAStaffAccountOffAsAKiosk() {
        assertThat(policy.maySubscribe(staffOf(CANTEEN), LiveDestinations.kioskOrders(501L + CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(staffOf(CANTEEN), LiveDestinations.kioskOrders(12345L)))
                .isFalse();
    }

    @Test
    void anOrderIsHeardByWhoeverMayReadIt() {
        Actor kiosk = kiosk(KIOSK, CANTEEN);
        Actor otherKiosk = kiosk(KIOSK + 1, CANTEEN);
        when(orders.get(eq(55L), any())).thenAnswer(call -> {
            Actor asking = call.getArgument(1);
            if (asking.id() == KIOSK || (asking.isStaff() && asking.mayActFor(CANTEEN))) {
                return LiveFixtures.anOrder(55L, Channel.DINE_IN, OrderStatus.PLACED, KIOSK, 1);
            }
            throw DomainException.notFound("ORDER_NOT_FOUND", "找不到该订单", "not found");
        });

        assertThat(policy.maySubscribe(kiosk, LiveDestinations.order(55))).isTrue();
        assertThat(policy.maySubscribe(staffOf(CANTEEN), LiveDestinations.order(55)))
                .isTrue();
        assertThat(policy.maySubscribe(otherKiosk, LiveDestinations.order(55))).isFalse();
        assertThat(policy.maySubscribe(staffOf(OTHER_CANTEEN), LiveDestinations.order(55)))
                .isFalse();
    }

    @Test
    void districtAdministratorsHearEveryCanteen() {
        assertThat(policy.maySubscribe(districtAdmin(), LiveDestinations.canteenOrders(OTHER_CANTEEN)))
                .isTrue();
        assertThat(policy.maySubscribe(districtAdmin(), LiveDestinations.kioskOrders(KIOSK)))
                .isTrue();
    }

    @Test
    void volunteersHearNothingHere() {
        Actor volunteer = volunteerOf(CANTEEN);
        assertThat(policy.maySubscribe(volunteer, LiveDestinations.canteenOrders(CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(volunteer, LiveDestinations.canteenMenu(CANTEEN)))
                .isFalse();
        assertThat(policy.maySubscribe(volunteer, LiveDestinations.kioskOrders(KIOSK)))
                .isFalse();
        assertThat(policy.maySubscribe(volunteer, LiveDestinations.order(55))).isFalse();
    }

    @Test
    void unknownDestinationsAreRefused() {
        assertThat(policy.maySubscribe(districtAdmin(), "/topic/everything")).isFalse();
        assertThat(policy.maySubscribe(districtAdmin(), "/queue/canteens/1/orders"))
                .isFalse();
    }
}
