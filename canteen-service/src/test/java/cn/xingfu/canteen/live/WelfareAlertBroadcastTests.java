package cn.xingfu.canteen.live;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.xingfu.canteen.delivery.AlertReason;
import cn.xingfu.canteen.delivery.AlertView;
import cn.xingfu.canteen.delivery.WelfareAlertRaised;
import cn.xingfu.canteen.delivery.WelfareAlertResolved;
import cn.xingfu.canteen.delivery.WelfareDesk;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.messaging.simp.SimpMessageSendingOperations;

class WelfareAlertBroadcastTests {

    private final WelfareDesk welfare = mock(WelfareDesk.class);
    private final SimpMessageSendingOperations messaging = mock(SimpMessageSendingOperations.class);
    private final WelfareAlertBroadcast broadcast = new WelfareAlertBroadcast(welfare, messaging);

    @Test
    void aRaisedAlertIsPushedToItsCanteenAsTheStaffListShowsIt() {
        AlertView open = LiveFixtures.anAlert(9L, "OPEN");
        when(welfare.snapshot(9L)).thenReturn(open);

        broadcast.on(raised(9L));

        verify(messaging)
                .convertAndSend(
                        "/topic/canteens/101/alerts",
                        new AlertUpdate(AlertUpdate.Change.RAISED, 9L, LiveFixtures.CANTEEN, open, open.raisedAt()));
    }

    @Test
    void anAlertResolvedBeforeItsEventArrivedIsNotShown() {
        when(welfare.snapshot(9L)).thenReturn(LiveFixtures.anAlert(9L, "RESOLVED"));

        broadcast.on(raised(9L));

        verify(messaging, never()).convertAndSend(anyString(), any(Object.class));
    }

    @Test
    void aResolutionTellsThePagesWhichAlertToDropAndNothingMore() {
        Instant at = Instant.parse("2026-11-30T04:20:00Z");

        broadcast.on(new WelfareAlertResolved(9L, LiveFixtures.CANTEEN, "staff-101", at));

        verify(messaging)
                .convertAndSend(
                        "/topic/canteens/101/alerts",
                        new AlertUpdate(AlertUpdate.Change.RESOLVED, 9L, LiveFixtures.CANTEEN, null, at));
    }

    private static WelfareAlertRaised raised(long alertId) {
        return new WelfareAlertRaised(
                alertId,
                LiveFixtures.CANTEEN,
                42L,
                "张*丰",
                55L,
                AlertReason.NOBODY_HOME,
                AlertReason.NOBODY_HOME.zh(),
                AlertReason.NOBODY_HOME.en(),
                Instant.parse("2026-11-30T04:00:00Z"));
    }
}
