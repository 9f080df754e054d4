package cn.xingfu.kiosk.ordering;

import cn.xingfu.kiosk.canteen.OrderResponse;
import cn.xingfu.kiosk.canteen.Problem;
import cn.xingfu.kiosk.journal.PendingOrder;

/** What became of an order the senior placed. */
public sealed interface SubmitResult {

    /** The service took the order. */
    record Placed(OrderResponse order) implements SubmitResult {}

    /** The service was unreachable: the order is safely in the journal and will be sent later. */
    record Queued(PendingOrder pending) implements SubmitResult {}

    /** The service refused the order (sold out, wallet too low, ...). */
    record Refused(Problem problem) implements SubmitResult {}
}
