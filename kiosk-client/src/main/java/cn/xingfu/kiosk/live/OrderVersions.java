package cn.xingfu.kiosk.live;

import cn.xingfu.kiosk.canteen.OrderUpdate;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the highest version shown per order. Pushes, catch-up answers and polls may arrive in any order or
 * twice; only a strictly newer version may change the screen.
 */
public final class OrderVersions {

    private final Map<Long, Long> shown = new HashMap<>();

    /** Returns true, and remembers it, when the update is newer than anything seen for that order. */
    public synchronized boolean offer(OrderUpdate update) {
        Long seen = shown.get(update.orderId());
        if (seen != null && update.version() <= seen) {
            return false;
        }
        shown.put(update.orderId(), update.version());
        return true;
    }
}
