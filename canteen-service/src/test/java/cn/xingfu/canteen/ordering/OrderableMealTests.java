package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.canteen.site.MealWindow;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderableMealTests {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 4);

    private static final CanteenView CANTEEN = new CanteenView(
            1,
            "C1",
            "测试食堂",
            "几江街道",
            "500116",
            "路",
            29.2,
            106.2,
            true,
            List.of(
                    new MealWindow(
                            MealPeriod.LUNCH,
                            LocalTime.of(11, 0),
                            LocalTime.of(13, 0),
                            LocalTime.of(12, 30),
                            LocalTime.of(12, 30),
                            LocalTime.of(10, 0)),
                    new MealWindow(
                            MealPeriod.BREAKFAST,
                            LocalTime.of(7, 0),
                            LocalTime.of(9, 0),
                            LocalTime.of(8, 30),
                            LocalTime.of(8, 30),
                            LocalTime.of(6, 30)),
                    new MealWindow(
                            MealPeriod.DINNER,
                            LocalTime.of(17, 0),
                            LocalTime.of(19, 0),
                            LocalTime.of(18, 30),
                            LocalTime.of(18, 30),
                            LocalTime.of(15, 0))));

    private static OrderableMeal at(int hour, int minute, Channel channel) {
        var now = DAY.atTime(hour, minute).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        return OrderableMeal.next(CANTEEN, channel, now).orElseThrow();
    }

    @Test
    void offersTheFirstMealWhoseCutOffHasNotPassed() {
        assertThat(at(6, 0, Channel.DINE_IN)).isEqualTo(new OrderableMeal(DAY, MealPeriod.BREAKFAST));
        assertThat(at(8, 29, Channel.DINE_IN)).isEqualTo(new OrderableMeal(DAY, MealPeriod.BREAKFAST));
        assertThat(at(8, 30, Channel.DINE_IN)).isEqualTo(new OrderableMeal(DAY, MealPeriod.LUNCH));
        assertThat(at(12, 45, Channel.DINE_IN)).isEqualTo(new OrderableMeal(DAY, MealPeriod.DINNER));
    }

    @Test
    void afterTheLastCutOffOffersTomorrowsFirstMeal() {
        assertThat(at(18, 30, Channel.TAKEAWAY)).isEqualTo(new OrderableMeal(DAY.plusDays(1), MealPeriod.BREAKFAST));
        assertThat(at(16, 0, Channel.DELIVERY)).isEqualTo(new OrderableMeal(DAY.plusDays(1), MealPeriod.BREAKFAST));
    }
}
