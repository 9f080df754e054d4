package cn.xingfu.canteen.live;

import cn.xingfu.canteen.delivery.AlertReason;
import cn.xingfu.canteen.delivery.AlertView;
import cn.xingfu.canteen.ordering.OrderStatus;
import cn.xingfu.canteen.ordering.OrderView;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.ordering.PaymentStatus;
import cn.xingfu.canteen.ordering.VerificationMethod;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** Actors, order snapshots and welfare alerts for the live module's unit tests. */
final class LiveFixtures {

    static final long CANTEEN = 101L;
    static final long OTHER_CANTEEN = 202L;
    static final long KIOSK = 9001L;

    private LiveFixtures() {}

    /** The live settings as the service binds them: its defaults, with these {@code xingfu.live.*} properties on top. */
    static LiveSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("xingfu.live", LiveSettings.class);
    }

    static Actor staffOf(long canteenId) {
        return new Actor(500L + canteenId, "staff-" + canteenId, Role.CANTEEN_STAFF, canteenId);
    }

    static Actor kiosk(long kioskId, long canteenId) {
        return new Actor(kioskId, "kiosk-" + kioskId, Role.KIOSK, canteenId);
    }

    static Actor districtAdmin() {
        return new Actor(1L, "admin", Role.DISTRICT_ADMIN, null);
    }

    static Actor volunteerOf(long canteenId) {
        return new Actor(777L, "volunteer", Role.VOLUNTEER, canteenId);
    }

    static AlertView anAlert(long alertId, String status) {
        return new AlertView(
                alertId,
                CANTEEN,
                42L,
                "张三丰",
                "几江街道送餐路 1 号",
                55L,
                66L,
                77L,
                2,
                AlertReason.NOBODY_HOME,
                AlertReason.NOBODY_HOME.zh(),
                AlertReason.NOBODY_HOME.en(),
                "敲门无人应答",
                "紧急联系人 Emergency contact: 女儿",
                status,
                Instant.parse("2026-11-30T04:00:00Z"),
                "vol-1",
                null,
                null,
                null);
    }

    static OrderView anOrder(long orderId, Channel channel, OrderStatus status, @Nullable Long kioskId, long version) {
        Instant placed = Instant.parse("2026-11-30T03:30:00Z");
        return new OrderView(
                orderId,
                "A012",
                status,
                status.zh(),
                status.en(),
                channel,
                MealPeriod.LUNCH,
                LocalDate.of(2026, 11, 30),
                CANTEEN,
                kioskId,
                42L,
                "张*丰",
                List.of(new OrderView.Line(11L, 21L, "回锅肉", 2, new BigDecimal("12.00"), "Twice-cooked pork")),
                new BigDecimal("24.00"),
                new BigDecimal("3.00"),
                new BigDecimal("21.00"),
                PaymentMethod.WALLET,
                PaymentStatus.PAID,
                "AGE_80",
                "500116-1",
                "OK",
                VerificationMethod.CARD_QR,
                List.of("SOFT", "ALLERGY:PEANUT"),
                version,
                placed,
                placed.plusSeconds(60));
    }
}
