package cn.xingfu.canteen.wallet;

/** Why money moved. */
public enum EntryKind {
    /** Cash or transfer paid in at the counter. */
    TOP_UP,
    /** A meal paid from the wallet (negative amount). */
    ORDER_PAYMENT,
    /** Money given back: a cancelled order or a staff refund. */
    REFUND,
    /** Cash paid out to the senior (negative amount), e.g. when the senior leaves the programme. */
    WITHDRAWAL
}
