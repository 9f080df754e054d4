package cn.xingfu.canteen.ordering;

/** How the self-pay part is paid. */
public enum PaymentMethod {
    /** From the senior's prepaid wallet, at once. */
    WALLET,
    /** Cash at the counter, confirmed by staff. */
    CASH
}
