package cn.xingfu.care.dashboard;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.BuildingView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.facility.FacilityDetails;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.resident.ConsentForm;
import cn.xingfu.care.resident.ConsentRelation;
import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.Gender;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentView;
import cn.xingfu.care.shared.security.AccountAdministration;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo logins and, only where the beds and residents demo has not already provided them, a small set of
 * Jiangjin facilities with beds and residents so the dashboard has something to show. Runs after the
 * other care seeders (order 75), before the caregiver (80) and rating (81) demo data. Idempotent.
 */
@Component
@Profile("demo")
@Order(75)
class DashboardDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DashboardDemoData.class);
    static final String DISTRICT = "江津区";
    static final String WELFARE_INSTITUTE = "江津区社会福利院";

    private final AccountAdministration accounts;
    private final FacilityDirectory facilities;
    private final BedRegistry beds;
    private final ResidentRegistry residents;
    private final AdmissionDesk desk;
    private final Clock clock;
    private int sequence = 100;

    DashboardDemoData(
            AccountAdministration accounts,
            FacilityDirectory facilities,
            BedRegistry beds,
            ResidentRegistry residents,
            AdmissionDesk desk,
            Clock clock) {
        this.accounts = accounts;
        this.facilities = facilities;
        this.beds = beds;
        this.residents = residents;
        this.desk = desk;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Actor admin = accounts.createIfAbsent("admin", "admin123", "区民政局管理员", Role.DISTRICT_ADMIN, Set.of());
        List<FacilityView> all = facilities.visibleTo(admin);
        if (all.isEmpty()) {
            all = List.of(
                    facility(admin, WELFARE_INSTITUTE, "江津区几江街道鼎山大道88号", LocalDate.of(1998, 5, 1), 260),
                    facility(admin, "江津区德感街道养老服务中心", "江津区德感街道长江路12号", LocalDate.of(2016, 9, 1), 120),
                    facility(admin, "江津区珞璜镇敬老院", "江津区珞璜镇碑亭路3号", LocalDate.of(2012, 3, 1), 80),
                    facility(admin, "江津区双福街道康养中心", "江津区双福街道福城大道66号", LocalDate.of(2021, 1, 1), 150),
                    facility(admin, "江津区白沙镇敬老院", "江津区白沙镇滨江路9号", LocalDate.of(2026, 3, 1), 60));
        }
        accounts.createIfAbsent(
                "caremanager",
                "care123",
                "机构管理员 陈丽",
                Role.CARE_MANAGER,
                Set.of(all.get(0).id(), all.get(Math.min(1, all.size() - 1)).id()));
        int index = 0;
        for (FacilityView facility : all) {
            if (beds.allBedsOf(facility.id()).isEmpty()) {
                stock(admin, facility, index);
            }
            index++;
        }
        log.info("Care dashboard demo: {} facilities, logins admin/admin123 and caremanager/care123", all.size());
    }

    private FacilityView facility(Actor admin, String name, String address, LocalDate opened, int capacity) {
        return facilities
                .findByName(DISTRICT, name)
                .orElseGet(() -> facilities.register(
                        admin,
                        new FacilityDetails(
                                FacilityType.INSTITUTION,
                                name,
                                address,
                                DISTRICT,
                                "江津区民政局",
                                "渝江民养备" + (100 + name.length()),
                                opened,
                                opened,
                                capacity,
                                null,
                                null)));
    }

    /** Rooms of two standard beds and a small cognitive unit; residents admitted over the past year. */
    private void stock(Actor admin, FacilityView facility, int index) {
        LocalDate today = LocalDate.now(clock);
        LocalDate opened = today.minusMonths(14);
        BuildingView building = beds.addBuilding(admin, facility.id(), "一号楼");
        long floor1 = beds.addFloor(admin, building.id(), 1, "一层").id();
        long floor2 = beds.addFloor(admin, building.id(), 2, "二层（认知照护区）").id();
        int standardRooms = 4 + index % 3;
        int cognitiveRooms = index % 2 == 0 ? 3 : 2;
        int admitted = 0;
        int target = standardRooms * 2 * (60 + 8 * index) / 100;
        for (int r = 1; r <= standardRooms; r++) {
            RoomView room =
                    beds.addRoom(admin, floor1, "1" + String.format("%02d", r), RoomType.BEDROOM, new BigDecimal("22"));
            for (String side : List.of("A", "B")) {
                BedView bed = beds.addBed(admin, room.id(), room.number() + side, BedType.STANDARD, opened);
                if (admitted < target) {
                    admit(admin, facility, bed, today.minusDays(20 + 37L * admitted), false, admitted);
                    admitted++;
                }
            }
        }
        for (int r = 1; r <= cognitiveRooms; r++) {
            RoomView room =
                    beds.addRoom(admin, floor2, "2" + String.format("%02d", r), RoomType.BEDROOM, new BigDecimal("18"));
            for (String side : List.of("A", "B")) {
                BedView bed = beds.addBed(admin, room.id(), room.number() + side, BedType.COGNITIVE_CARE, opened);
                // keep at least one cognitive-care bed vacant for the finder
                if (!(r == cognitiveRooms && side.equals("B"))) {
                    admit(admin, facility, bed, today.minusDays(15 + 45L * r), true, admitted++);
                }
            }
        }
    }

    private void admit(Actor admin, FacilityView facility, BedView bed, LocalDate on, boolean dementia, int n) {
        String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马"};
        String[] given = {"秀英", "桂兰", "淑珍", "德明", "玉珍", "国华", "文清", "素芬", "长春", "建国"};
        LocalDate birth = LocalDate.of(1932 + n % 20, 1 + n % 12, 1 + n % 27);
        ResidentView resident = residents.register(
                admin,
                facility.id(),
                surnames[(n + facility.name().length()) % surnames.length] + given[n % given.length],
                n % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                birth,
                idNumber(birth, sequence++),
                null,
                dementia ? "认知障碍" : "高血压",
                // residents with dementia lack capacity: a guardian (a child) consents for them
                List.of(new ConsentForm(
                        ConsentScope.HEALTH_RECORD,
                        dementia ? surnames[n % surnames.length] + "建华（子女）" : "本人",
                        dementia ? ConsentRelation.GUARDIAN : ConsentRelation.SELF,
                        "DEMO-2026-01")));
        if (dementia) {
            // health data is entered by the facility's care manager, never by the district
            Actor careManager = new Actor(0, "demo", "演示数据", Role.CARE_MANAGER, Set.of(facility.id()));
            residents.addDiagnosis(careManager, resident.id(), "F03", "未特指的痴呆", on.minusDays(30), "江津区中心医院", true);
        }
        try {
            AdmissionView requested = desk.request(admin, resident.id(), on, null);
            desk.approve(admin, requested.id(), on);
            desk.admit(admin, requested.id(), bed.id(), on);
        } catch (RuntimeException e) {
            log.info("Demo admission to {} skipped: {}", bed.label(), e.getMessage());
        }
    }

    /** A well-formed demo ID number (region code of Jiangjin 500381, check digit X). */
    private static String idNumber(LocalDate birth, int n) {
        return "500381" + birth.toString().replace("-", "") + String.format("%03d", n % 1000) + "X";
    }
}
