package cn.xingfu.canteen.subsidy;

/**
 * Something legal but probably unintended in a policy, shown on the policy form before it is saved: for example a
 * minimum bill at or below the top tier, where a 4.99 meal costs the senior 4.99 and a 5.00 meal costs nothing.
 */
public record PolicyWarning(String code, String schemeCode, String messageZh, String messageEn) {

    public static final String MINIMUM_BILL_CLIFF = "MINIMUM_BILL_CLIFF";
}
