package cn.xingfu.canteen.site;

import java.util.List;

/**
 * A canteen to register. The id is chosen by the caller: the demo seeds fixed ids 1..20 so other seeders can
 * rely on them; everything else passes {@code Ids.next()}.
 */
public record NewCanteen(
        long id,
        String code,
        String name,
        String town,
        String districtCode,
        String address,
        double latitude,
        double longitude,
        List<MealWindow> meals) {}
