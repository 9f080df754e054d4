package cn.xingfu.care.demo;

import cn.xingfu.care.assessment.AbilityItem;
import cn.xingfu.care.assessment.AssessmentReason;
import cn.xingfu.care.assessment.AssessmentRecords;
import cn.xingfu.care.assessment.CareEventType;
import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.BuildingView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.dementia.AntiWanderingMeasure;
import cn.xingfu.care.dementia.CognitiveUnitView;
import cn.xingfu.care.dementia.DementiaCare;
import cn.xingfu.care.dementia.EducationLevel;
import cn.xingfu.care.dementia.ScreeningTool;
import cn.xingfu.care.dementia.Shift;
import cn.xingfu.care.facility.FacilityDetails;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.homecare.DeviceType;
import cn.xingfu.care.homecare.DeviceView;
import cn.xingfu.care.homecare.HomeCareBeds;
import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.ConsentRelation;
import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.DischargeReason;
import cn.xingfu.care.resident.Gender;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentView;
import cn.xingfu.care.shared.security.AccountAdministration;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import cn.xingfu.kernel.Ids;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Jiangjin district demo: the Shuangfu street service centre with its 30-bed dementia area (two units of
 * 15), the district welfare institute, a dozen town homes and community centres, residents with
 * assessments (some overdue), home-care beds with devices and visits, and the demo logins
 * caremanager / care123 and admin / admin123. Skips everything when the Shuangfu centre already exists. Every
 * resident consented at registration (the residents with dementia through a guardian, home-care seniors also to
 * home-visit records), except two at the Shuangfu centre whose carried-over falls put them on the consent work list.
 */
@Component
@Profile("demo")
@Order(10)
class JiangjinDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JiangjinDemoData.class);
    private static final String DISTRICT = "江津区";
    private static final String SHUANGFU = "江津区双福街道养老服务中心";
    private static final String WELFARE = "江津区社会福利院";
    private static final Actor SEEDER = new Actor(0, "demo-seed", "演示数据", Role.DISTRICT_ADMIN, Set.of());

    /** The version of the privacy notice the demo residents (or their guardians) were shown. */
    static final String DEMO_NOTICE_VERSION = "DEMO-2026-01";

    private static final String[] FAMILY = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "罗", "唐", "邓"};
    private static final String[] GIVEN_F = {"秀英", "桂兰", "玉珍", "淑芬", "素华", "翠花", "德芳", "明珍", "光碧", "学琼"};
    private static final String[] GIVEN_M = {"德明", "国富", "长寿", "开富", "绍云", "世清", "家全", "永福", "正兴", "泽民"};

    private final FacilityDirectory facilities;
    private final BedRegistry beds;
    private final ResidentRegistry residents;
    private final AdmissionDesk desk;
    private final AssessmentRecords assessments;
    private final DementiaCare dementia;
    private final HomeCareBeds homeCare;
    private final AccountAdministration accounts;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private int personSeq;

    JiangjinDemoData(
            FacilityDirectory facilities,
            BedRegistry beds,
            ResidentRegistry residents,
            AdmissionDesk desk,
            AssessmentRecords assessments,
            DementiaCare dementia,
            HomeCareBeds homeCare,
            AccountAdministration accounts,
            Clock clock,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.beds = beds;
        this.residents = residents;
        this.desk = desk;
        this.assessments = assessments;
        this.dementia = dementia;
        this.homeCare = homeCare;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (facilities.findByName(DISTRICT, SHUANGFU).isPresent()) {
            log.info("Care demo data already present; nothing seeded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        FacilityView shuangfu = facility(
                FacilityType.COMMUNITY_CENTRE,
                SHUANGFU,
                "江津区双福街道双福大道168号",
                "江津区双福街道办事处（委托重庆幸福养老服务有限公司运营）",
                80,
                "29.3896",
                "106.2842",
                2019);
        FacilityView welfare = facility(
                FacilityType.INSTITUTION, WELFARE, "江津区几江街道艾坪山路12号", "江津区民政局", 300, "29.2903", "106.2591", 2005);
        List<FacilityView> towns = new ArrayList<>();
        String[][] others = {
            {"INSTITUTION", "江津区白沙镇敬老院", "江津区白沙镇滨江路", "29.0781", "106.1487"},
            {"INSTITUTION", "江津区珞璜镇中心敬老院", "江津区珞璜镇珞璜大道", "29.3312", "106.4016"},
            {"INSTITUTION", "江津区油溪镇敬老院", "江津区油溪镇油溪街", "29.1625", "106.0992"},
            {"INSTITUTION", "江津区吴滩镇敬老院", "江津区吴滩镇吴滩街", "29.2213", "106.0318"},
            {"INSTITUTION", "江津区石门镇养老中心", "江津区石门镇石门街", "29.1156", "106.0694"},
            {"INSTITUTION", "江津区李市镇敬老院", "江津区李市镇李市街", "28.9733", "106.4061"},
            {"INSTITUTION", "江津区杜市镇敬老院", "江津区杜市镇杜市街", "29.1420", "106.4540"},
            {"INSTITUTION", "江津区先锋镇养老中心", "江津区先锋镇先锋街", "29.1853", "106.2747"},
            {"COMMUNITY_CENTRE", "江津区几江街道社区养老服务中心", "江津区几江街道东门路", "29.2876", "106.2589"},
            {"COMMUNITY_CENTRE", "江津区德感街道社区养老服务中心", "江津区德感街道长江路", "29.2841", "106.2219"},
            {"COMMUNITY_CENTRE", "江津区鼎山街道社区养老服务中心", "江津区鼎山街道鼎山大道", "29.3060", "106.2738"},
            {"COMMUNITY_CENTRE", "江津区圣泉街道社区养老服务中心", "江津区圣泉街道圣泉路", "29.2560", "106.2871"}
        };
        int year = 2008;
        for (String[] row : others) {
            towns.add(facility(FacilityType.valueOf(row[0]), row[1], row[2], "江津区民政局", 40, row[3], row[4], year++));
        }

        accounts.createIfAbsent(
                "caremanager", "care123", "周丽（双福中心主任）", Role.CARE_MANAGER, Set.of(shuangfu.id(), welfare.id()));
        accounts.createIfAbsent("admin", "admin123", "江津区民政局管理员", Role.DISTRICT_ADMIN, Set.of());

        Set<Long> all = new HashSet<>(List.of(shuangfu.id(), welfare.id()));
        towns.forEach(t -> all.add(t.id()));
        Actor manager = new Actor(0, "demo-seed", "演示数据", Role.CARE_MANAGER, all);

        seedShuangfu(manager, shuangfu, today);
        seedWelfareInstitute(manager, welfare, today);
        for (FacilityView town : towns) {
            seedTown(manager, town, today);
        }
        log.info("Care demo data seeded: {} facilities", 2 + towns.size());
    }

    private void seedShuangfu(Actor manager, FacilityView centre, LocalDate today) {
        BuildingView building = beds.addBuilding(manager, centre.id(), "综合楼");
        long unitFloor = beds.addFloor(manager, building.id(), 2, "二楼 认知障碍照护专区").id();
        long standardFloor =
                beds.addFloor(manager, building.id(), 3, "三楼 长者照护区").id();

        List<BedView> cognitiveBeds = new ArrayList<>();
        String[] wings = {"忆家", "暖阳"};
        for (int w = 0; w < wings.length; w++) {
            Set<Long> rooms = new HashSet<>();
            String prefix = (w == 0 ? "2A" : "2B");
            int room = 1;
            // 15 beds: 3 singles, 4 doubles, 1 room of 4
            int[] bedsPerRoom = {1, 1, 1, 2, 2, 2, 2, 4};
            String[] area = {"12", "12", "12", "18", "18", "18", "18", "26"};
            for (int r = 0; r < bedsPerRoom.length; r++) {
                RoomView bedroom = beds.addRoom(
                        manager,
                        unitFloor,
                        prefix + String.format("%02d", room++),
                        RoomType.BEDROOM,
                        new BigDecimal(area[r]));
                rooms.add(bedroom.id());
                for (int b = 1; b <= bedsPerRoom[r]; b++) {
                    cognitiveBeds.add(beds.addBed(
                            manager,
                            bedroom.id(),
                            bedroom.number() + "-" + b,
                            BedType.COGNITIVE_CARE,
                            today.minusYears(2)));
                }
            }
            for (RoomType type : List.of(
                    RoomType.DINING_ROOM,
                    RoomType.LIVING_ROOM,
                    RoomType.SHARED_TOILET,
                    RoomType.ASSISTED_BATHING,
                    RoomType.REMINISCENCE_AREA,
                    RoomType.ACTIVITY_ROOM,
                    RoomType.COGNITIVE_TRAINING,
                    RoomType.OCCUPATIONAL_THERAPY,
                    RoomType.FIVE_SENSE_THERAPY,
                    RoomType.EXERCISE_THERAPY)) {
                rooms.add(beds.addRoom(
                                manager, unitFloor, prefix + String.format("%02d", room++), type, new BigDecimal("20"))
                        .id());
            }
            CognitiveUnitView unit = dementia.createUnit(
                    manager,
                    centre.id(),
                    wings[w] + "专区",
                    1,
                    EnumSet.of(
                            AntiWanderingMeasure.ACCESS_CONTROLLED_DOORS,
                            AntiWanderingMeasure.POSITIONING_WRISTBANDS,
                            AntiWanderingMeasure.PHOTO_ID_RECORDS,
                            AntiWanderingMeasure.SHIFT_HEADCOUNT,
                            AntiWanderingMeasure.CIRCULAR_CORRIDOR),
                    rooms);
            // headcounts of today's shifts; who was on duty comes from the caregiver roster
            dementia.recordShift(manager, unit.id(), today, Shift.DAY, 12);
            dementia.recordShift(manager, unit.id(), today, Shift.EVENING, 12);
        }

        List<BedView> standardBeds = bedrooms(manager, standardFloor, "3", 10, 2, "20", BedType.STANDARD, today);

        // 24 residents with dementia in the units (diagnosis or positive screening), 14 in standard beds
        for (int i = 0; i < 24; i++) {
            ResidentView r =
                    person(manager, centre.id(), today, i % 3 == 0 ? Gender.MALE : Gender.FEMALE, Consenter.GUARDIAN);
            LocalDate admitted = today.minusDays(60 + i * 7);
            if (i % 4 == 3) {
                dementia.recordScreening(
                        manager,
                        r.id(),
                        ScreeningTool.MMSE,
                        14 + i % 5,
                        EducationLevel.PRIMARY,
                        admitted.minusDays(10),
                        "江津区中心医院 神经内科",
                        true);
            } else {
                residents.addDiagnosis(
                        manager,
                        r.id(),
                        i % 2 == 0 ? "F00.1" : "F03",
                        i % 2 == 0 ? "阿尔茨海默病性痴呆" : "未特指的痴呆",
                        today.minusYears(1),
                        "江津区中心医院",
                        false);
            }
            admit(manager, r.id(), cognitiveBeds.get(i).id(), admitted);
            assess(manager, r.id(), today.minusDays(i < 6 ? 200 + i : 30 + i), 28 + i % 20);
        }
        for (int i = 0; i < 14; i++) {
            ResidentView r = person(manager, centre.id(), today, i % 2 == 0 ? Gender.FEMALE : Gender.MALE);
            admit(manager, r.id(), standardBeds.get(i).id(), today.minusDays(90 + i * 11));
            if (i != 13) {
                assess(manager, r.id(), today.minusDays(i < 3 ? 190 + i : 20 + i * 5), 46 + i * 3);
            }
            if (i == 4) {
                assessments.recordEvent(manager, r.id(), CareEventType.FALL, today.minusDays(3), "夜间如厕时跌倒，无骨折");
            }
        }
        ResidentView waiting = person(manager, centre.id(), today, Gender.FEMALE);
        desk.request(manager, waiting.id(), today.minusDays(2), "家属申请入住认知障碍照护专区");

        // two residents whose falls were carried over from the centre's paper log before consents were asked for: the
        // consent work list shows them until the care manager has asked them (or their guardian)
        for (int i = 0; i < 2; i++) {
            ResidentView r =
                    person(manager, centre.id(), today, i == 0 ? Gender.MALE : Gender.FEMALE, Consenter.NOBODY);
            carriedOverFall(r.id(), centre.id(), today.minusMonths(2 + i));
        }

        // home-care beds run by the centre
        for (int i = 0; i < 8; i++) {
            BedView bed = beds.addHomeCareBed(
                    manager,
                    centre.id(),
                    "双福家床-" + (i + 1),
                    "江津区双福街道" + (i % 2 == 0 ? "彩虹社区" : "双福新区") + (i + 3) + "栋",
                    today.minusMonths(6));
            ResidentView senior = person(
                    manager, centre.id(), today, i % 2 == 0 ? Gender.FEMALE : Gender.MALE, Consenter.SELF_AT_HOME);
            homeCare.sign(
                    manager,
                    bed.id(),
                    senior.id(),
                    "SFJC-2026-" + String.format("%03d", i + 1),
                    today.minusMonths(5),
                    today.minusMonths(5),
                    today.plusMonths(7));
            // two seniors are only mildly impaired, so their beds are not active
            assess(manager, senior.id(), today.minusDays(25 + i), i < 2 ? 72 : 40 - i * 2);
            DeviceView mattress =
                    homeCare.addDevice(manager, bed.id(), DeviceType.MATTRESS_MONITOR, "SF-MM-" + (1000 + i));
            DeviceView call = homeCare.addDevice(manager, bed.id(), DeviceType.EMERGENCY_CALL, "SF-EC-" + (2000 + i));
            // the last home has a mattress monitor that stopped reporting
            homeCare.heartbeat(manager, call.id());
            if (i != 7) {
                homeCare.heartbeat(manager, mattress.id());
            }
            int visits = i == 5 ? 2 : 4 + i % 2;
            LocalDate firstOfLastMonth = today.withDayOfMonth(1).minusMonths(1);
            for (int v = 0; v < visits; v++) {
                homeCare.recordVisit(
                        manager,
                        bed.id(),
                        firstOfLastMonth.plusDays(3 + v * 6),
                        "双福中心护理员" + (char) ('甲' + v),
                        "助浴、测血压、用药提醒",
                        60,
                        null);
            }
            if (!today.minusDays(1).isBefore(today.withDayOfMonth(1))) {
                homeCare.recordVisit(manager, bed.id(), today.minusDays(1), "双福中心护理员甲", "上门巡访", 45, null);
            }
        }
    }

    private void seedWelfareInstitute(Actor manager, FacilityView welfare, LocalDate today) {
        List<BedView> standard = new ArrayList<>();
        for (String buildingName : List.of("颐养楼", "康复楼")) {
            BuildingView building = beds.addBuilding(manager, welfare.id(), buildingName);
            for (int level = 1; level <= 3; level++) {
                long floor = beds.addFloor(manager, building.id(), level, level + "楼")
                        .id();
                standard.addAll(bedrooms(
                        manager,
                        floor,
                        (buildingName.equals("颐养楼") ? "Y" : "K") + level,
                        5,
                        2,
                        "22",
                        BedType.STANDARD,
                        today));
            }
        }
        for (int i = 0; i < 36; i++) {
            ResidentView r = person(manager, welfare.id(), today, i % 3 == 0 ? Gender.MALE : Gender.FEMALE);
            AdmissionView stay = admit(manager, r.id(), standard.get(i).id(), today.minusDays(30 + i * 17));
            if (i % 9 != 8) {
                assess(manager, r.id(), today.minusDays(i % 5 == 0 ? 185 + i : 15 + i * 3), 20 + (i * 7) % 71);
            }
            if (i == 10) {
                desk.startLeave(manager, stay.id(), today.minusDays(3), today.plusDays(4), "回家探亲");
            }
            if (i == 20) {
                desk.discharge(manager, stay.id(), today.minusDays(10), DischargeReason.RETURNED_HOME, "家属接回居家养老");
            }
        }
        beds.takeOutOfService(manager, standard.get(standard.size() - 1).id(), today.minusDays(5), "卫生间漏水维修");
    }

    private void seedTown(Actor manager, FacilityView town, LocalDate today) {
        BuildingView building = beds.addBuilding(manager, town.id(), "主楼");
        long floor = beds.addFloor(manager, building.id(), 1, "一楼").id();
        List<BedView> stock = bedrooms(manager, floor, "1", 4, 2, "20", BedType.STANDARD, today);
        for (int i = 0; i < 5; i++) {
            ResidentView r = person(manager, town.id(), today, i % 2 == 0 ? Gender.MALE : Gender.FEMALE);
            admit(manager, r.id(), stock.get(i).id(), today.minusDays(100 + i * 20));
            assess(manager, r.id(), today.minusDays(i == 0 ? 210 : 40 + i), 35 + i * 9);
        }
    }

    private List<BedView> bedrooms(
            Actor manager,
            long floor,
            String prefix,
            int rooms,
            int bedsPerRoom,
            String area,
            BedType type,
            LocalDate today) {
        List<BedView> created = new ArrayList<>();
        for (int r = 1; r <= rooms; r++) {
            RoomView room = beds.addRoom(
                    manager, floor, prefix + String.format("%02d", r), RoomType.BEDROOM, new BigDecimal(area));
            for (int b = 1; b <= bedsPerRoom; b++) {
                created.add(beds.addBed(manager, room.id(), room.number() + "-" + b, type, today.minusYears(3)));
            }
        }
        return created;
    }

    private AdmissionView admit(Actor manager, long residentId, long bedId, LocalDate on) {
        AdmissionView requested = desk.request(manager, residentId, on.minusDays(3), null);
        desk.approve(manager, requested.id(), on.minusDays(1));
        return desk.admit(manager, requested.id(), bedId, on);
    }

    private void assess(Actor manager, long residentId, LocalDate on, int total) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        int left = Math.max(0, Math.min(90, total));
        for (AbilityItem item : AbilityItem.values()) {
            int score = Math.min(item.max(), left);
            scores.put(item.name(), score);
            left -= score;
        }
        assessments.record(
                manager,
                residentId,
                new AssessmentRecords.NewAssessment(
                        on, AssessmentReason.FIRST, "江津区评估员 陈芳", "江津区评估员 刘勇", scores, null, false));
    }

    private ResidentView person(Actor manager, long facilityId, LocalDate today, Gender gender) {
        return person(manager, facilityId, today, gender, Consenter.SELF);
    }

    /** Who consented for the demo resident, against the demo notice, at registration. */
    private enum Consenter {
        /** The resident, to the health record. */
        SELF,
        /** A guardian (a child), for a resident with dementia, to the health record. */
        GUARDIAN,
        /** A home-care senior, to the health record and to home-visit records. */
        SELF_AT_HOME,
        /** Nobody yet. */
        NOBODY
    }

    private ResidentView person(Actor manager, long facilityId, LocalDate today, Gender gender, Consenter consenter) {
        int n = personSeq++;
        String surname = FAMILY[n % FAMILY.length];
        String name = surname + (gender == Gender.FEMALE ? GIVEN_F : GIVEN_M)[(n / FAMILY.length) % 10];
        LocalDate birth = LocalDate.of(1930 + n % 22, 1 + n % 12, 1 + n % 28);
        List<ConsentForm> consents = switch (consenter) {
            case SELF -> List.of(consent(ConsentScope.HEALTH_RECORD, name, ConsentRelation.SELF));
            case GUARDIAN -> List.of(consent(ConsentScope.HEALTH_RECORD, surname + "建华（子女）", ConsentRelation.GUARDIAN));
            case SELF_AT_HOME ->
                List.of(
                        consent(ConsentScope.HEALTH_RECORD, name, ConsentRelation.SELF),
                        consent(ConsentScope.HOME_VISIT, name, ConsentRelation.SELF));
            case NOBODY -> List.of();
        };
        return residents.register(
                manager,
                facilityId,
                name,
                gender,
                birth,
                idNumber(birth, n),
                "1388" + String.format("%07d", 2300000 + n),
                null,
                consents);
    }

    private static ConsentForm consent(ConsentScope scope, String givenBy, ConsentRelation relation) {
        return new ConsentForm(scope, givenBy, relation, DEMO_NOTICE_VERSION);
    }

    /**
     * A fall from the paper log, as the data migration of a real facility would carry it over: written below the
     * consent gate on purpose (no note, so nothing to encrypt), since records made before consents were asked for are
     * what the work list is for.
     */
    private void carriedOverFall(long residentId, long facilityId, LocalDate on) {
        jdbc.update(
                "INSERT INTO care_event (id, resident_id, facility_id, event_type, occurred_on, note, recorded_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
                Ids.next(),
                residentId,
                facilityId,
                CareEventType.FALL.name(),
                on,
                "paper-log-import",
                Timestamp.from(clock.instant()));
    }

    /** 江津区 (500116) + birth date + sequence + ISO 7064 MOD 11-2 check character. */
    private static String idNumber(LocalDate birth, int n) {
        String body = "500116" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private FacilityView facility(
            FacilityType type,
            String name,
            String address,
            String operator,
            int capacity,
            String lat,
            String lon,
            int opened) {
        return facilities.register(
                SEEDER,
                new FacilityDetails(
                        type,
                        name,
                        address,
                        DISTRICT,
                        operator,
                        "渝江津民养备" + (opened * 7 % 1000 + 100),
                        LocalDate.of(opened, 6, 1),
                        LocalDate.of(opened, 3, 1),
                        capacity,
                        new BigDecimal(lat),
                        new BigDecimal(lon)));
    }
}
