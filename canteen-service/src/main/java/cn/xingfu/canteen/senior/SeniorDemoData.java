package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds about 300 Jiangjin seniors spread over the demo canteens, with valid generated ID numbers, statuses,
 * dietary needs and homes within about 2 km of their canteen. A fixed random seed makes the data the same on
 * every run: the first senior of the first canteen is always 张桂兰, born 1948-03-15. Every demo senior consented
 * herself (or himself) to all three scopes against the demo notice, so the demo processes their data as a canteen
 * does once consents are collected.
 */
@Component
@Profile("demo")
@Order(20)
class SeniorDemoData implements ApplicationRunner {

    static final int SENIORS = 300;
    static final String FIRST_SENIOR_NAME = "张桂兰";
    static final String FIRST_SENIOR_ID_NUMBER = withCheck("50011619480315002");
    /** The version of the privacy notice the demo seniors were shown. */
    static final String DEMO_NOTICE_VERSION = "DEMO-2026-01";

    private static final Logger log = LoggerFactory.getLogger(SeniorDemoData.class);
    private static final Actor SEEDER = new Actor(0, "demo-seed", Role.DISTRICT_ADMIN, null);
    private static final String[] SURNAMES = {
        "张", "王", "李", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "邓", "谭",
        "唐", "冉", "向", "彭", "袁", "曾", "蒋", "蔡", "余", "杜", "叶", "程", "熊", "雷", "龚", "江"
    };
    private static final String[] WOMEN = {
        "桂兰", "秀英", "玉珍", "淑芬", "秀珍", "素芳", "德芳", "明珍", "凤英", "翠华", "桂芳", "玉兰", "淑华", "银秀", "光碧", "廷秀"
    };
    private static final String[] MEN = {
        "德华", "建国", "国强", "明德", "志强", "永福", "长贵", "树林", "光明", "学文", "家富", "世荣", "正清", "大全", "中元", "开成"
    };
    private static final String[] STREETS = {
        "幸福路", "正街", "新街", "滨江路", "老街", "健康路", "和平路", "长风路", "桂花巷", "中山路", "学府路", "团结路"
    };
    private static final String[] NOTES = {
        "耳背，请大声敲门", "行动不便，请把饭送到屋里", "独居，送餐时请确认老人状况", "家有狗，请先打电话", "住六楼无电梯", "视力不好，请读一下菜名"
    };
    private static final EligibilityStatus[] DEMO_STATUSES = {
        EligibilityStatus.DIBAO,
        EligibilityStatus.TEKUN,
        EligibilityStatus.LOW_INCOME,
        EligibilityStatus.DISABLED,
        EligibilityStatus.LIVING_ALONE,
        EligibilityStatus.SEVERE_DISABILITY
    };

    private final SeniorRegistry registry;
    private final Seniors seniors;
    private final CanteenDirectory canteens;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SeniorDemoData(
            SeniorRegistry registry,
            Seniors seniors,
            CanteenDirectory canteens,
            TransactionTemplate transactions,
            Clock clock) {
        this.registry = registry;
        this.seniors = seniors;
        this.canteens = canteens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (seniors.count() > 0) {
            log.info("Demo seniors already present, not seeding");
            return;
        }
        List<DemoCanteen> sites = canteens();
        if (sites.isEmpty()) {
            log.warn("No canteens found: demo seniors not seeded");
            return;
        }
        Random random = new Random(20260315L);
        Set<String> usedIdNumbers = new HashSet<>();
        LocalDate today = LocalDate.now(clock);
        List<SeniorRegistration> registrations = new ArrayList<>();
        for (int i = 0; i < SENIORS; i++) {
            DemoCanteen canteen = sites.get(i % sites.size());
            registrations.add(i == 0 ? first(canteen) : generate(random, canteen, today, usedIdNumbers));
        }
        transactions.executeWithoutResult(tx -> registrations.forEach(r -> registry.register(r, SEEDER)));
        log.info(
                "Seeded {} demo seniors over {} canteens; first: {} at canteen {}",
                registrations.size(),
                sites.size(),
                FIRST_SENIOR_NAME,
                sites.get(0).id());
    }

    private List<DemoCanteen> canteens() {
        return canteens.all().stream()
                .filter(CanteenView::active)
                .map(c -> new DemoCanteen(c.id(), c.town(), c.latitude(), c.longitude()))
                .toList();
    }

    static SeniorRegistration first(DemoCanteen canteen) {
        return new SeniorRegistration(
                FIRST_SENIOR_NAME,
                FIRST_SENIOR_ID_NUMBER,
                null,
                null,
                "13983001234",
                "江津区" + canteen.town() + "幸福路 18 号 3 单元 2 楼",
                canteen.latitude() + 0.0021,
                canteen.longitude() + 0.0018,
                canteen.id(),
                new DietaryNeeds(Set.of(DietaryTag.LOW_SALT), Set.of(Allergen.PEANUT), Texture.SOFT),
                new EmergencyContact("李建华", "儿子", "13983005678"),
                new CommunityWorker("王小红", "13883007777"),
                "耳背，请大声敲门",
                LocalTime.of(11, 0),
                LocalTime.of(12, 0),
                List.of(
                        new StatusPeriod(EligibilityStatus.DIBAO, "江津区民政局救助信息系统", LocalDate.of(2025, 1, 1), null),
                        new StatusPeriod(EligibilityStatus.LIVING_ALONE, "几江街道核定", LocalDate.of(2024, 6, 1), null)),
                consentedToAll(FIRST_SENIOR_NAME));
    }

    static SeniorRegistration generate(Random random, DemoCanteen canteen, LocalDate today, Set<String> used) {
        boolean woman = random.nextInt(100) < 58;
        String name = SURNAMES[random.nextInt(SURNAMES.length)]
                + (woman ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)]);
        int age = 60 + random.nextInt(39);
        LocalDate born = today.minusYears(age).minusDays(1 + random.nextInt(360));
        String idNumber;
        do {
            int sequence = random.nextInt(500) * 2 + (woman ? 0 : 1);
            String first17 = (random.nextBoolean() ? "500116" : "500381")
                    + String.format("%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())
                    + String.format("%03d", sequence);
            idNumber = withCheck(first17);
        } while (!used.add(idNumber));
        double lat = canteen.latitude() == 0 ? 29.2900 : canteen.latitude();
        double lng = canteen.longitude() == 0 ? 106.2590 : canteen.longitude();
        // within ~2 km: 0.018° of latitude is 2 km; longitude degrees are shorter by cos(29°)
        double distance = Math.sqrt(random.nextDouble()) * 0.018;
        double angle = random.nextDouble() * 2 * Math.PI;
        lat += distance * Math.sin(angle);
        lng += distance * Math.cos(angle) / Math.cos(Math.toRadians(29.3));
        String address = "江津区" + canteen.town() + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(300))
                + "号" + (1 + random.nextInt(6)) + "单元" + (1 + random.nextInt(8)) + "楼";
        String phone = "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
        Set<DietaryTag> needs = EnumSet.noneOf(DietaryTag.class);
        if (random.nextInt(100) < 30) {
            needs.add(DietaryTag.LOW_SALT);
        }
        if (random.nextInt(100) < 15) {
            needs.add(DietaryTag.DIABETIC);
        }
        if (random.nextInt(100) < 10) {
            needs.add(DietaryTag.LOW_FAT);
        }
        Set<Allergen> allergies = EnumSet.noneOf(Allergen.class);
        if (random.nextInt(100) < 8) {
            allergies.add(Allergen.values()[random.nextInt(Allergen.values().length)]);
        }
        Texture texture = age >= 85 && random.nextBoolean()
                ? (random.nextInt(4) == 0 ? Texture.MINCED : Texture.SOFT)
                : Texture.NORMAL;
        List<StatusPeriod> statuses = new ArrayList<>();
        int statusCount = random.nextInt(100) < 45 ? 0 : 1 + random.nextInt(2);
        Set<EligibilityStatus> chosen = EnumSet.noneOf(EligibilityStatus.class);
        for (int s = 0; s < statusCount; s++) {
            EligibilityStatus status = DEMO_STATUSES[random.nextInt(DEMO_STATUSES.length)];
            if (chosen.add(status)) {
                LocalDate from = LocalDate.of(2024 + random.nextInt(2), 1 + random.nextInt(12), 1);
                LocalDate to = random.nextInt(4) == 0 ? LocalDate.of(today.getYear(), 12, 31) : null;
                String source = switch (status) {
                    case DIBAO, TEKUN, LOW_INCOME -> "江津区民政局救助信息系统";
                    case DISABLED -> "老年人能力评估（GB/T 42195）";
                    case SEVERE_DISABILITY -> "残联残疾人证";
                    default -> "街道（镇）核定";
                };
                statuses.add(new StatusPeriod(status, source, from, to));
            }
        }
        String child = SURNAMES[random.nextInt(SURNAMES.length)] + MEN[random.nextInt(MEN.length)];
        boolean withNotes = random.nextInt(100) < 35;
        return new SeniorRegistration(
                name,
                idNumber,
                born,
                null,
                phone,
                address,
                Math.round(lat * 1e6) / 1e6,
                Math.round(lng * 1e6) / 1e6,
                canteen.id(),
                new DietaryNeeds(needs, allergies, texture),
                new EmergencyContact(
                        child,
                        random.nextBoolean() ? "儿子" : "女儿",
                        "139" + String.format("%08d", random.nextInt(100_000_000))),
                new CommunityWorker(
                        "社区网格员" + (1 + random.nextInt(20)) + "号",
                        "138" + String.format("%08d", random.nextInt(100_000_000))),
                withNotes ? NOTES[random.nextInt(NOTES.length)] : null,
                withNotes ? LocalTime.of(11, 0) : null,
                withNotes ? LocalTime.of(12, 30) : null,
                statuses,
                consentedToAll(name));
    }

    static List<ConsentForm> consentedToAll(String name) {
        return java.util.Arrays.stream(ConsentScope.values())
                .map(scope -> new ConsentForm(scope, name, ConsentRecord.Relation.SELF, DEMO_NOTICE_VERSION))
                .toList();
    }

    static String withCheck(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    record DemoCanteen(long id, String town, double latitude, double longitude) {}
}
