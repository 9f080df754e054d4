package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The 20 帅乡幸福食堂 of Jiangjin (district 500116) with fixed ids 1..20, id 1 being 珞璜镇碑亭社区, so other
 * seeders can refer to them. Coordinates are approximate town centres.
 */
@Component
@Profile("demo")
@Order(10)
class SiteDemoData implements ApplicationRunner {

    static final String JIANGJIN = "500116";

    private static final Logger log = LoggerFactory.getLogger(SiteDemoData.class);

    private record Site(String town, String place, double lat, double lon) {}

    private static final List<Site> SITES = List.of(
            new Site("珞璜镇", "碑亭社区", 29.3180, 106.4390),
            new Site("几江街道", "", 29.2890, 106.2590),
            new Site("双福街道", "", 29.3920, 106.3210),
            new Site("德感街道", "", 29.2980, 106.2180),
            new Site("李市镇", "", 29.0790, 106.3360),
            new Site("白沙镇", "", 29.0800, 106.1330),
            new Site("西湖镇", "", 29.0470, 106.2720),
            new Site("支坪镇", "", 29.2380, 106.3330),
            new Site("油溪镇", "", 29.2170, 106.1200),
            new Site("吴滩镇", "", 29.1350, 106.0900),
            new Site("石门镇", "", 29.1650, 106.0500),
            new Site("朱杨镇", "", 29.1050, 106.0300),
            new Site("慈云镇", "", 29.2150, 106.4000),
            new Site("贾嗣镇", "", 29.2250, 106.2600),
            new Site("杜市镇", "", 29.1800, 106.4350),
            new Site("广兴镇", "", 29.1300, 106.2800),
            new Site("嘉平镇", "", 29.0250, 106.3800),
            new Site("蔡家镇", "", 29.0800, 106.4400),
            new Site("龙华镇", "", 28.9400, 106.1900),
            new Site("石蟆镇", "", 29.0200, 105.9850));

    private final CanteenDirectory directory;
    private final Canteens canteens;

    SiteDemoData(CanteenDirectory directory, Canteens canteens) {
        this.directory = directory;
        this.canteens = canteens;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (int i = 0; i < SITES.size(); i++) {
            long id = i + 1;
            if (canteens.existsById(id)) {
                continue;
            }
            Site site = SITES.get(i);
            String where = site.town() + site.place();
            directory.register(new NewCanteen(
                    id,
                    "JJ%02d".formatted(id),
                    where + "帅乡幸福食堂",
                    site.town(),
                    JIANGJIN,
                    "重庆市江津区" + where + "幸福食堂（示例地址）",
                    site.lat(),
                    site.lon(),
                    standardMeals()));
            created++;
        }
        log.info("Demo canteens: {} created, {} already present", created, SITES.size() - created);
    }

    static List<MealWindow> standardMeals() {
        return List.of(
                new MealWindow(
                        MealPeriod.BREAKFAST,
                        LocalTime.of(7, 0),
                        LocalTime.of(9, 0),
                        LocalTime.of(8, 30),
                        LocalTime.of(8, 30),
                        LocalTime.of(6, 30)),
                new MealWindow(
                        MealPeriod.LUNCH,
                        LocalTime.of(11, 0),
                        LocalTime.of(13, 0),
                        LocalTime.of(12, 30),
                        LocalTime.of(12, 30),
                        LocalTime.of(10, 0)),
                new MealWindow(
                        MealPeriod.DINNER,
                        LocalTime.of(17, 0),
                        LocalTime.of(19, 0),
                        LocalTime.of(18, 30),
                        LocalTime.of(18, 30),
                        LocalTime.of(16, 0)));
    }
}
