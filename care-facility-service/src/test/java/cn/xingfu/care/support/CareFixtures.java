package cn.xingfu.care.support;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.BuildingView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.bed.RoomView;
import cn.xingfu.care.caregiver.CaregiverLevel;
import cn.xingfu.care.caregiver.Rosters;
import cn.xingfu.care.caregiver.Shift;
import cn.xingfu.care.caregiver.StaffRegistry;
import cn.xingfu.care.caregiver.StaffRole;
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
import cn.xingfu.care.resident.ResidentConsents;
import cn.xingfu.care.resident.ResidentRegistry;
import cn.xingfu.care.resident.ResidentView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestComponent;

/** Builds unique facilities, rooms, beds and residents through the modules' public services. */
@TestComponent
public class CareFixtures {

    /** Acts for every facility, like a district administrator (health data rules aside). */
    public static final Actor SYSTEM = new Actor(1, "fixtures", "fixtures", Role.DISTRICT_ADMIN, Set.of());

    private static final AtomicLong ID_SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final FacilityDirectory facilities;
    private final BedRegistry beds;
    private final ResidentRegistry residents;
    private final AdmissionDesk desk;
    private final StaffRegistry staff;
    private final Rosters rosters;
    private final ResidentConsents consents;

    CareFixtures(
            FacilityDirectory facilities,
            BedRegistry beds,
            ResidentRegistry residents,
            AdmissionDesk desk,
            StaffRegistry staff,
            Rosters rosters,
            ResidentConsents consents) {
        this.consents = consents;
        this.staff = staff;
        this.rosters = rosters;
        this.facilities = facilities;
        this.beds = beds;
        this.residents = residents;
        this.desk = desk;
    }

    public FacilityView facility() {
        return facility("测试区-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public FacilityView facility(String district) {
        return facilityNamed("测试养老院-" + UUID.randomUUID(), district);
    }

    public FacilityView facilityNamed(String name, String district) {
        return facilities.register(
                SYSTEM,
                new FacilityDetails(
                        FacilityType.INSTITUTION,
                        name,
                        "测试路1号",
                        district,
                        "测试运营方",
                        null,
                        null,
                        LocalDate.of(2020, 1, 1),
                        100,
                        null,
                        null));
    }

    /** A building with one floor; returns the floor id. */
    public long floor(long facilityId) {
        BuildingView building = beds.addBuilding(
                SYSTEM, facilityId, "楼-" + UUID.randomUUID().toString().substring(0, 8));
        return beds.addFloor(SYSTEM, building.id(), 1, "一楼").id();
    }

    public RoomView room(long floorId, RoomType type, String area) {
        return beds.addRoom(
                SYSTEM, floorId, "R" + UUID.randomUUID().toString().substring(0, 8), type, new BigDecimal(area));
    }

    public BedView bed(long roomId, BedType type, LocalDate inServiceFrom) {
        return beds.addBed(SYSTEM, roomId, "B-" + UUID.randomUUID().toString().substring(0, 10), type, inServiceFrom);
    }

    public BedView bed(long facilityId, BedType type) {
        RoomView room = room(floor(facilityId), RoomType.BEDROOM, "20");
        return bed(room.id(), type, LocalDate.of(2024, 1, 1));
    }

    public ResidentView resident(long facilityId) {
        return resident(facilityId, LocalDate.of(1940, 5, 6));
    }

    public ResidentView resident(long facilityId, LocalDate birthDate) {
        return resident(facilityId, "测试老人", birthDate);
    }

    /**
     * A resident who consented herself, at registration, to her health record and home-visit records, so that tests
     * of health data can write it (the consent rules themselves are tested in ResidentConsentIT).
     */
    public ResidentView resident(long facilityId, String name, LocalDate birthDate) {
        return residents.register(
                SYSTEM,
                facilityId,
                name,
                Gender.FEMALE,
                birthDate,
                idNumber(birthDate),
                null,
                "高血压",
                consentedTo(ConsentScope.values()));
    }

    /** A resident registered without health notes and without any consent. */
    public ResidentView residentWithoutConsent(long facilityId) {
        LocalDate birthDate = LocalDate.of(1940, 5, 6);
        return residents.register(
                SYSTEM, facilityId, "未同意老人", Gender.FEMALE, birthDate, idNumber(birthDate), null, null, List.of());
    }

    /** Records the resident's own consent to each scope. */
    public void consent(long residentId, ConsentScope... scopes) {
        for (ConsentForm form : consentedTo(scopes)) {
            consents.give(SYSTEM, residentId, form);
        }
    }

    /** The resident's own consents to {@code scopes}, against the test notice, to pass with a write. */
    public static List<ConsentForm> consentedTo(ConsentScope... scopes) {
        return Arrays.stream(scopes)
                .map(scope -> new ConsentForm(scope, "本人", ConsentRelation.SELF, "TEST-2026-01"))
                .toList();
    }

    /** The same as JSON for a request body's {@code consents}. */
    public static List<Map<String, String>> consentJson(ConsentScope... scopes) {
        return Arrays.stream(scopes)
                .map(scope -> Map.of(
                        "scope", scope.name(), "givenBy", "本人", "relation", "SELF", "documentVersion", "TEST-2026-01"))
                .toList();
    }

    /** A unique, well-formed 18-character ID number. */
    public static String idNumber(LocalDate birthDate) {
        long seq = ID_SEQUENCE.incrementAndGet() % 1000;
        String body = ThreadLocalRandom.current().nextInt(100_000, 1_000_000)
                + birthDate.toString().replace("-", "")
                + String.format("%03d", seq);
        return body + "X";
    }

    public AdmissionView approvedAdmission(long residentId, LocalDate on) {
        AdmissionView requested = desk.request(SYSTEM, residentId, on, null);
        return desk.approve(SYSTEM, requested.id(), on);
    }

    public AdmissionView admitted(long residentId, long bedId, LocalDate on) {
        return desk.admit(SYSTEM, approvedAdmission(residentId, on).id(), bedId, on);
    }

    /** An active caregiver holding a valid level-4 caregiver certificate (issued a year before {@code on}). */
    public long certifiedCaregiver(long facilityId, LocalDate on) {
        long id = staff.register(
                        SYSTEM,
                        facilityId,
                        new StaffRegistry.NewStaff(
                                "护理员" + ID_SEQUENCE.incrementAndGet(), null, StaffRole.CAREGIVER, null))
                .id();
        staff.addCertificate(
                SYSTEM,
                id,
                new StaffRegistry.NewCertificate(
                        CaregiverLevel.LEVEL_4,
                        "CQ" + ID_SEQUENCE.incrementAndGet(),
                        "重庆市职业技能鉴定中心",
                        on.minusYears(1),
                        null,
                        120));
        return id;
    }

    /** Rosters {@code count} new certified caregivers on the unit's shift; returns their roster entry ids. */
    public List<Long> rostered(long facilityId, long unitId, LocalDate on, Shift shift, int count) {
        List<Long> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(rosters.schedule(SYSTEM, facilityId, unitId, on, shift, certifiedCaregiver(facilityId, on))
                    .id());
        }
        return entries;
    }
}
