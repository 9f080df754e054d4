package cn.xingfu.care.caregiver;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo staff for every facility that has none: caregivers with certificates of every level (some expiring
 * within 30/60/90 days, a few uncertified or expired), a nurse, food handlers with health certificates and
 * a roster for today and tomorrow. Every dementia unit gets a team of its own rostered on the unit, three
 * certified caregivers a shift (1 : 5 for its 12 residents), except tomorrow evening in the last unit, one short,
 * so the staffing alert shows. Dates are relative to today so the alerts always show. Idempotent.
 */
@Component
@Profile("demo")
@Order(80)
class CaregiverDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CaregiverDemoData.class);
    private static final Actor SEEDER = new Actor(0, "demo", "demo", Role.DISTRICT_ADMIN, Set.of());
    private static final int PER_SHIFT = 3;
    private static final int UNIT_TEAM = 3 * PER_SHIFT;
    private static final String ISSUER = "重庆市职业技能鉴定指导中心";
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "郑", "谢"};
    private static final String[] GIVEN = {"小红", "春梅", "建华", "海燕", "晓东", "丽娟", "德英", "红梅", "志强", "秀兰", "玉梅", "俊"};

    private final FacilityDirectory facilities;
    private final StaffMembers staff;
    private final StaffRegistry registry;
    private final Rosters rosters;
    private final CareUnits units;
    private final Clock clock;

    CaregiverDemoData(
            FacilityDirectory facilities,
            StaffMembers staff,
            StaffRegistry registry,
            Rosters rosters,
            CareUnits units,
            Clock clock) {
        this.facilities = facilities;
        this.staff = staff;
        this.registry = registry;
        this.rosters = rosters;
        this.units = units;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<FacilityView> all = facilities.visibleTo(SEEDER);
        int seeded = 0;
        for (int f = 0; f < all.size(); f++) {
            FacilityView facility = all.get(f);
            if (!staff.findByFacilityIdOrderByNameAsc(facility.id()).isEmpty()) {
                continue;
            }
            seed(facility, f);
            seeded++;
        }
        log.info("Caregiver demo: staff seeded for {} of {} facilities", seeded, all.size());
    }

    private void seed(FacilityView facility, int f) {
        LocalDate today = LocalDate.now(clock);
        CaregiverLevel[] levels = CaregiverLevel.values();
        int caregivers = 7;
        for (int i = 0; i < caregivers; i++) {
            StaffView member = person(facility, f, i, StaffRole.CAREGIVER, today);
            CaregiverLevel level = levels[(i + f) % levels.length];
            LocalDate validUntil = null;
            if (i == 1) {
                validUntil = today.plusDays(12 + 5L * f); // within 30 days for most facilities
            } else if (i == 2) {
                validUntil = today.plusDays(50); // within 60 days
            } else if (i == 3) {
                validUntil = today.plusDays(85); // within 90 days
            }
            boolean uncertified = i == 6 && f % 2 == 0;
            boolean expired = i == 5 && f % 3 == 1;
            if (uncertified) {
                continue;
            }
            registry.addCertificate(
                    SEEDER,
                    member.id(),
                    new StaffRegistry.NewCertificate(
                            level,
                            number(facility, i),
                            ISSUER,
                            today.minusYears(2 + i % 4).minusDays(17L * i),
                            expired ? today.minusDays(40) : validUntil,
                            80 + 40 * level.rank()));
        }
        person(facility, f, 20, StaffRole.NURSE, today);
        person(facility, f, 21, StaffRole.MANAGER, today);
        for (int k = 0; k < 2; k++) {
            StaffView cook = person(facility, f, 30 + k, StaffRole.FOOD_HANDLER, today);
            // one health certificate runs out within 30 days, the other was renewed recently
            LocalDate issued = k == 0 ? today.plusDays(20 + f).minusYears(1) : today.minusMonths(3);
            registry.addHealthCertificate(
                    SEEDER, cook.id(), "JK" + facility.id() % 100_000 + "-" + k, "江津区疾病预防控制中心", issued);
        }
        roster(facility, today);
        roster(facility, today.plusDays(1));
        List<CareUnits.CareUnit> cognitive = units.unitsOf(facility.id()).stream()
                .filter(CareUnits.CareUnit::cognitiveImpairment)
                .toList();
        for (int u = 0; u < cognitive.size(); u++) {
            unitTeam(facility, f, cognitive.get(u), today, u == cognitive.size() - 1);
        }
    }

    /** Nine certified caregivers who work only in the unit: three a shift today and tomorrow. */
    private void unitTeam(
            FacilityView facility, int f, CareUnits.CareUnit unit, LocalDate today, boolean shortTomorrow) {
        Shift[] shifts = Shift.values();
        List<Long> team = new ArrayList<>();
        for (int i = 0; i < UNIT_TEAM; i++) {
            long id = person(facility, f, 40 + (int) (unit.id() % 7) + i, StaffRole.CAREGIVER, today)
                    .id();
            registry.addCertificate(
                    SEEDER,
                    id,
                    new StaffRegistry.NewCertificate(
                            CaregiverLevel.values()[i % 3],
                            number(facility, 40 + i),
                            ISSUER,
                            today.minusYears(1 + i % 3),
                            null,
                            120));
            team.add(id);
        }
        for (LocalDate date : List.of(today, today.plusDays(1))) {
            for (int i = 0; i < team.size(); i++) {
                Shift shift = shifts[i / PER_SHIFT];
                boolean leftOut = shortTomorrow && date.isAfter(today) && shift == Shift.EVENING && i % PER_SHIFT == 0;
                if (!leftOut) {
                    rosters.schedule(SEEDER, facility.id(), unit.id(), date, shift, team.get(i));
                }
            }
        }
    }

    private void roster(FacilityView facility, LocalDate date) {
        List<StaffMember> members = staff.findByFacilityIdOrderByNameAsc(facility.id());
        Shift[] shifts = Shift.values();
        int slot = 0;
        for (StaffMember member : members) {
            boolean caregiver =
                    member.role() == StaffRole.CAREGIVER && registry.holdsValidCaregiverCertificate(member.id(), date);
            boolean cook =
                    member.role() == StaffRole.FOOD_HANDLER && registry.holdsValidHealthCertificate(member.id(), date);
            if (caregiver || cook) {
                Shift shift = cook ? Shift.DAY : shifts[slot++ % shifts.length];
                rosters.schedule(SEEDER, facility.id(), null, date, shift, member.id());
            }
        }
    }

    private StaffView person(FacilityView facility, int f, int i, StaffRole role, LocalDate today) {
        String name = SURNAMES[(i + 3 * f) % SURNAMES.length] + GIVEN[(i * 5 + f) % GIVEN.length];
        return registry.register(
                SEEDER, facility.id(), new StaffRegistry.NewStaff(name, null, role, today.minusYears(1 + i % 6)));
    }

    private static String number(FacilityView facility, int i) {
        return "5040" + String.format("%06d", facility.id() % 1_000_000) + String.format("%02d", i) + Ids.next() % 1000;
    }
}
