package cn.xingfu.canteen.standing;

/** Why a senior is away from the canteen for a while. */
public enum PauseReason {
    /** 住院: a hospital stay. */
    HOSPITAL("住院", "Hospital stay"),
    /** 探亲: staying with family. */
    FAMILY_VISIT("探亲", "Visiting family"),
    /** 入住养老机构: admitted to a care institution (reported by care-facility-service). */
    CARE_ADMISSION("入住养老机构", "Admitted to a care institution"),
    /** 其他. */
    OTHER("其他", "Other");

    private final String zh;
    private final String en;

    PauseReason(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
