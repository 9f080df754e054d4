package cn.xingfu.canteen.delivery;

import org.jspecify.annotations.Nullable;

/**
 * The volunteer's quick look at the senior on handing the meal over (探访关爱). A senior who is unwell or asks for a
 * call becomes a welfare alert for the canteen staff, like a failed delivery.
 */
public enum Wellbeing {
    /** 挺好: nothing to follow up. */
    FINE("挺好", "Fine", null),
    /** 身体不适: the senior looked or said they were unwell. */
    UNWELL("身体不适", "Unwell", AlertReason.SENIOR_UNWELL),
    /** 需要回电: the senior (or the volunteer) wants the staff or family to call. */
    NEEDS_CALL("需要回电", "Needs a call", AlertReason.NEEDS_CALL);

    private final String zh;
    private final String en;
    private final @Nullable AlertReason alert;

    Wellbeing(String zh, String en, @Nullable AlertReason alert) {
        this.zh = zh;
        this.en = en;
        this.alert = alert;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The welfare alert this check raises, or null when it raises none. */
    public @Nullable AlertReason alert() {
        return alert;
    }
}
