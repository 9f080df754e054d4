package cn.xingfu.canteen.live;

import cn.xingfu.canteen.delivery.AlertView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Pushed to {@code /topic/canteens/{canteenId}/alerts}: a welfare alert to show, or one to take off the list.
 *
 * @param alert the alert exactly as {@code GET /api/welfare-alerts} lists it; only with {@link Change#RAISED}
 *     (the resolution is not part of the list, so it is not pushed either)
 * @param at when the alert was raised or resolved
 */
public record AlertUpdate(
        Change change,
        long alertId,
        long canteenId,
        @Nullable AlertView alert,
        Instant at) {

    public enum Change {
        /** A new open alert: show it at the top of the list. */
        RAISED,
        /** Someone recorded the outcome: drop it from the list. */
        RESOLVED
    }

    static AlertUpdate raised(AlertView alert) {
        return new AlertUpdate(Change.RAISED, alert.alertId(), alert.canteenId(), alert, alert.raisedAt());
    }

    static AlertUpdate resolved(long alertId, long canteenId, Instant resolvedAt) {
        return new AlertUpdate(Change.RESOLVED, alertId, canteenId, null, resolvedAt);
    }
}
