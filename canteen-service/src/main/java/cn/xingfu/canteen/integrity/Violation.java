package cn.xingfu.canteen.integrity;

import java.util.Map;

/**
 * One broken invariant.
 *
 * @param rule what was broken
 * @param subject the row it was found on, for example {@code wallet:123} or {@code menu_item:456}
 * @param details the figures that disagree (expected and found)
 */
public record Violation(Rule rule, String subject, Map<String, Object> details) {

    public Violation {
        details = Map.copyOf(details);
    }

    /** The invariants of the canteen service. */
    public enum Rule {
        /** A wallet's balance differs from the sum of its ledger entries. */
        WALLET_LEDGER_MISMATCH,
        /** More portions of a dish were sold (orders not cancelled) than it had in total. */
        PORTIONS_OVERSOLD,
        /** Portions left plus portions sold do not add up to the dish's total. */
        PORTIONS_MISCOUNTED,
        /** More than one subsidised meal in one meal period (or, for a per-day policy, one day). */
        SUBSIDY_PER_PERIOD_EXCEEDED,
        /** More subsidised meals in a day, ISO week or month than the policy's cap. */
        SUBSIDY_CAP_EXCEEDED,
        /** A subsidy larger than the order's gross price. */
        SUBSIDY_ABOVE_GROSS,
        /** The subsidy usage counter kept by ordering disagrees with the subsidised orders. */
        SUBSIDY_COUNTER_MISMATCH
    }
}
