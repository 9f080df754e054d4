package cn.xingfu.kiosk.ordering;

import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;

/** Told about each journalled order the service has now accepted or rejected. */
@FunctionalInterface
public interface ReplayListener {

    void replayed(PendingOrder order, ReplayOutcome outcome);
}
