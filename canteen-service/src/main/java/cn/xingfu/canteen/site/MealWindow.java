package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalTime;

/**
 * When a canteen serves one meal, and until when each channel may order it on the day itself
 * (for example delivery orders for lunch by 10:00).
 */
public record MealWindow(
        MealPeriod period,
        LocalTime serveFrom,
        LocalTime serveUntil,
        LocalTime dineInCutoff,
        LocalTime takeawayCutoff,
        LocalTime deliveryCutoff) {

    public LocalTime cutoffFor(Channel channel) {
        return switch (channel) {
            case DINE_IN -> dineInCutoff;
            case TAKEAWAY -> takeawayCutoff;
            case DELIVERY -> deliveryCutoff;
        };
    }
}
