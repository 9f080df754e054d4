package cn.xingfu.canteen.subsidy;

/**
 * How many subsidised meals the senior already had, counted by the caller (ordering owns the orders):
 * in the same meal period of the same day, the same day, the same ISO week and the same calendar month.
 */
public record SubsidyUsage(int samePeriod, int sameDay, int sameWeek, int sameMonth) {

    public static SubsidyUsage none() {
        return new SubsidyUsage(0, 0, 0, 0);
    }
}
