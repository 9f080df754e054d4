package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.MealPeriod;
import java.util.List;
import java.util.Optional;

/** A canteen as other modules see it. {@code districtCode} selects the subsidy policy (e.g. 500116 江津区). */
public record CanteenView(
        long id,
        String code,
        String name,
        String town,
        String districtCode,
        String address,
        double latitude,
        double longitude,
        boolean active,
        List<MealWindow> meals) {

    public Optional<MealWindow> meal(MealPeriod period) {
        return meals.stream().filter(m -> m.period() == period).findFirst();
    }
}
