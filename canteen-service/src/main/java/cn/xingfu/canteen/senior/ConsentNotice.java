package cn.xingfu.canteen.senior;

/**
 * Why data the senior has on record is not used: shown at the kiosk and the counter, in words a senior understands,
 * so a missing dietary warning or status tier is never a silent surprise. The same sentence serves a consent never
 * given and one withdrawn, apart from saying which.
 */
public record ConsentNotice(ConsentScope scope, State state, String messageZh, String messageEn) {

    /** Why the scope is withheld. */
    public enum State {
        /** No consent was ever recorded (seniors registered before consents were asked for). */
        NOT_GIVEN,
        /** The latest consent was withdrawn. */
        WITHDRAWN
    }

    static ConsentNotice of(ConsentScope scope, State state) {
        boolean withdrawn = state == State.WITHDRAWN;
        return switch (scope) {
            case HEALTH_DIET ->
                new ConsentNotice(
                        scope,
                        state,
                        (withdrawn ? "您已撤回" : "您还没有同意") + "我们使用您的饮食禁忌和过敏信息，所以菜品旁不会提醒忌口。需要提醒的话，请找工作人员办理。",
                        (withdrawn ? "You withdrew consent to" : "You have not yet agreed to")
                                + " our use of your dietary needs and allergies, so dishes show no dietary warnings."
                                + " Staff can help if you would like them.");
            case ELIGIBILITY_STATUS ->
                new ConsentNotice(
                        scope,
                        state,
                        (withdrawn ? "您已撤回" : "您还没有同意") + "我们使用您的低保、特困、失能等身份信息，所以补贴只按年龄计算。需要按身份享受补贴，请找工作人员办理。",
                        (withdrawn ? "You withdrew consent to" : "You have not yet agreed to")
                                + " our use of your hardship or disability status, so your subsidy is worked out by age"
                                + " only. Staff can help if you would like the status to count.");
            case DELIVERY_ADDRESS ->
                new ConsentNotice(
                        scope,
                        state,
                        withdrawn ? "长者已撤回使用送餐地址的同意，不能送餐上门" : "长者尚未同意使用其送餐地址和电话，不能送餐上门",
                        withdrawn
                                ? "The senior has withdrawn consent to the use of their address: no home delivery"
                                : "The senior has not consented to the use of their address and phone: no home delivery");
        };
    }
}
