package cn.xingfu.kiosk.journal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How the service answered a replayed order. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplayOutcome(
        boolean accepted, Long orderId, String orderNumber, String code, String messageZh, String messageEn) {

    public static ReplayOutcome accepted(long orderId, String orderNumber) {
        return new ReplayOutcome(true, orderId, orderNumber, null, null, null);
    }

    public static ReplayOutcome rejected(String code, String messageZh, String messageEn) {
        return new ReplayOutcome(false, null, null, code, messageZh, messageEn);
    }
}
