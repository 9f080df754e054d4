package cn.xingfu.kiosk.card;

/** A card the kiosk refuses on its own (offline): forged or from another canteen. */
public class CardRejectedException extends RuntimeException {

    private final String code;
    private final String messageZh;
    private final String messageEn;

    CardRejectedException(String code, String messageZh, String messageEn) {
        super(code + ": " + messageEn);
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    static CardRejectedException forged() {
        return new CardRejectedException(
                "CARD_FORGED", "这张卡无法识别，请联系工作人员", "This card cannot be recognised; please ask staff");
    }

    static CardRejectedException outOfScope() {
        return new CardRejectedException(
                "CARD_OUT_OF_SCOPE", "这张卡不属于本食堂，请联系工作人员", "This card belongs to another canteen; please ask staff");
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
