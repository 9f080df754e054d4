package cn.xingfu.canteen.ordering;

/** Whether the self-pay part has been settled. */
public enum PaymentStatus {
    /** Paid from the wallet, cash confirmed, or nothing to pay. */
    PAID,
    /** Cash still to be paid at the counter. */
    AWAITING_CASH,
    /** Paid, then given back on cancellation. */
    REFUNDED,
    /** Cash was never taken because the order was cancelled. */
    VOID
}
