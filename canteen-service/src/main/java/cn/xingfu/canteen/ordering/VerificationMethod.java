package cn.xingfu.canteen.ordering;

/** How the senior's identity was checked for this subsidised meal (recorded for the settlement claim). */
public enum VerificationMethod {
    /** The card's signed QR code was scanned. */
    CARD_QR,
    /** The card's short code was typed in. */
    MANUAL_CODE,
    /** A staff member checked the senior in person or by phone. */
    STAFF_CHECK
}
