package cn.xingfu.canteen.site;

import cn.xingfu.kernel.Ids;
import java.util.List;

/** Canteens with unique ids and codes and the standard three meals. */
public final class SiteFixtures {

    private SiteFixtures() {}

    public static CanteenView aCanteen(CanteenDirectory directory) {
        long id = Ids.next();
        return directory.register(new NewCanteen(
                id, "T" + id, "测试食堂" + id, "珞璜镇", "500116", "测试地址", 29.31, 106.43, SiteDemoData.standardMeals()));
    }

    public static List<MealWindow> standardMeals() {
        return SiteDemoData.standardMeals();
    }
}
