package cn.xingfu.kiosk.simulation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which placed orders have not yet been heard READY, shared by the virtual kiosks: they sign in as one kiosk
 * account, so each hears every order of that account and the first to hear a READY counts it. The READY push can
 * overtake the answer to the order (a quick kitchen, the answer still on its way), so a READY of an order not known
 * yet is kept until the answer arrives; orders already counted are remembered (bounded) so the other kiosks' copies
 * of the same READY are ignored.
 */
final class ReadyTracker {

    static final long NOT_WAITING = Long.MIN_VALUE;
    private static final int REMEMBERED = 200_000;

    private final Map<Long, Long> waiting = new HashMap<>();
    private final Map<Long, Boolean> readyBeforeAnswer = new HashMap<>();
    private final Map<Long, Boolean> done = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The answer to an order arrived at {@code nanos}; returns true if its READY had already been heard. */
    synchronized boolean placed(long orderId, long nanos) {
        if (readyBeforeAnswer.remove(orderId) != null) {
            done.put(orderId, true);
            return true;
        }
        waiting.put(orderId, nanos);
        return false;
    }

    /**
     * A READY was heard; returns when the answer to that order arrived ({@link System#nanoTime()}) the first time
     * it is heard after the answer, else {@link #NOT_WAITING}.
     */
    synchronized long ready(long orderId) {
        Long answered = waiting.remove(orderId);
        if (answered != null) {
            done.put(orderId, true);
            return answered;
        }
        if (!done.containsKey(orderId)) {
            readyBeforeAnswer.put(orderId, true);
        }
        return NOT_WAITING;
    }

    synchronized int waiting() {
        return waiting.size();
    }
}
