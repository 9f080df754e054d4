package cn.xingfu.canteen.senior;

/** A status imported from the civil-affairs authority that may entitle a senior to a higher subsidy tier. */
public enum EligibilityStatus {
    /** 低保: minimum living allowance. */
    DIBAO("低保"),
    /** 特困: extreme poverty support. */
    TEKUN("特困"),
    /** 低收入 / 低保边缘. */
    LOW_INCOME("低收入"),
    /** 失能: disabled by ability assessment. */
    DISABLED("失能"),
    /** 独居: living alone. */
    LIVING_ALONE("独居"),
    /** 空巢: empty-nest. */
    EMPTY_NEST("空巢"),
    /** 重残: severe disability (grade 1-2). */
    SEVERE_DISABILITY("重残"),
    /** 优抚: families of veterans and martyrs. */
    VETERAN_FAMILY("优抚"),
    /** 计生特扶: family-planning special support. */
    FAMILY_PLANNING_SPECIAL("计生特扶");

    private final String zh;

    EligibilityStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
