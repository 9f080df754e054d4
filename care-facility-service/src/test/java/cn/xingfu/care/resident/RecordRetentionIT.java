package cn.xingfu.care.resident;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.care.assessment.AssessmentRecords;
import cn.xingfu.care.assessment.CareEventType;
import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.homecare.AgreementView;
import cn.xingfu.care.homecare.HomeCareBeds;
import cn.xingfu.care.shared.crypto.FieldCipher;
import cn.xingfu.care.shared.crypto.IdNumberIndex;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.shared.security.Role;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The five-year edge of 养老机构管理办法 art. 32, with the job's clock set to the days around it. */
@CareIntegrationTest
class RecordRetentionIT {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    CareFixtures fixtures;

    @Autowired
    ResidentRegistry registry;

    @Autowired
    AdmissionDesk desk;

    @Autowired
    Residents residents;

    @Autowired
    Admissions admissions;

    @Autowired
    AdmissionEvents admissionEvents;

    @Autowired
    Diagnoses diagnoses;

    @Autowired
    List<ServiceEnds> otherAgreements;

    @Autowired
    FieldCipher cipher;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ResidentConsents consents;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HomeCareBeds homeCare;

    @Autowired
    BedRegistry bedRegistry;

    @Autowired
    AssessmentRecords assessments;

    List<Long> runOn(LocalDate today, long facilityId) {
        Clock clock = Clock.fixed(today.atTime(3, 0).atZone(BEIJING).toInstant(), BEIJING);
        RecordRetention retention = new RecordRetention(
                residents, admissions, admissionEvents, diagnoses, otherAgreements, cipher, events, clock, consents);
        return transactions.execute(status -> retention.anonymiseDue(facilityId));
    }

    /** Notes on the admission and on its history events (the history copies them). */
    private long notesOfStay(long admissionId) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM admission WHERE id = :id AND note IS NOT NULL)"
                        + " + (SELECT COUNT(*) FROM admission_event WHERE admission_id = :id AND note IS NOT NULL)")
                .param("id", admissionId)
                .query(Long.class)
                .single();
    }

    long visit(Actor actor, long bedId, LocalDate date, String note) {
        return homeCare.recordVisit(actor, bedId, date, "王护理员", "BATHING", 40, note)
                .id();
    }

    /** The decrypted note of a home visit as stored, or null once cleared. */
    @Nullable
    String visitNote(long visitId) {
        // list(): single() and optional() do not hold a NULL value
        List<String> stored = jdbc.sql("SELECT note FROM home_visit WHERE id = ?")
                .param(visitId)
                .query(String.class)
                .list();
        assertThat(stored).hasSize(1);
        return cipher.decrypt(stored.get(0));
    }

    /** The decrypted note of a care event as stored, or null once cleared. */
    @Nullable
    String careEventNote(long eventId) {
        List<String> stored = jdbc.sql("SELECT note FROM care_event WHERE id = ?")
                .param(eventId)
                .query(String.class)
                .list();
        assertThat(stored).hasSize(1);
        return cipher.decrypt(stored.get(0));
    }

    @Test
    void aRecordIsKeptFiveFullYearsAfterDischargeAndAnonymisedTheDayAfter() {
        FacilityView facility = fixtures.facility();
        Actor manager = new Actor(7, "retention-manager", "照护负责人", Role.CARE_MANAGER, Set.of(facility.id()));
        BedView bed = fixtures.bed(facility.id(), BedType.STANDARD);
        String idNumber = CareFixtures.idNumber(LocalDate.of(1938, 8, 18));
        ResidentView leaving = registry.register(
                manager,
                facility.id(),
                "李淑芬",
                Gender.FEMALE,
                LocalDate.of(1938, 8, 18),
                idNumber,
                "13912345678",
                "糖尿病",
                CareFixtures.consentedTo(ConsentScope.HEALTH_RECORD, ConsentScope.HOME_VISIT));
        registry.addDiagnosis(manager, leaving.id(), "E11", "2型糖尿病", LocalDate.of(2020, 5, 1), "江津区中心医院", false);
        // before the stay she was cared for at home: a home-care agreement ended early on 2025-11-01, after which
        // the same (virtual) bed went to another resident, whose visit must keep its note
        BedView home = bedRegistry.addHomeCareBed(
                manager,
                facility.id(),
                "家床-" + UUID.randomUUID().toString().substring(0, 8),
                "江津区几江街道",
                LocalDate.of(2024, 1, 1));
        AgreementView hers = homeCare.sign(
                manager,
                home.id(),
                leaving.id(),
                "JJ-" + UUID.randomUUID(),
                LocalDate.of(2025, 2, 20),
                LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 2, 28));
        long herFirstVisit = visit(manager, home.id(), LocalDate.of(2025, 3, 1), "血糖偏高，已提醒按时服药");
        long herLastVisit = visit(manager, home.id(), LocalDate.of(2025, 10, 31), "下肢水肿，建议就医");
        homeCare.terminate(manager, hers.id(), LocalDate.of(2025, 11, 1));
        ResidentView neighbour = fixtures.resident(facility.id());
        homeCare.sign(
                manager,
                home.id(),
                neighbour.id(),
                "JJ-" + UUID.randomUUID(),
                LocalDate.of(2025, 11, 5),
                LocalDate.of(2025, 11, 10),
                LocalDate.of(2026, 11, 9));
        long neighbourVisit = visit(manager, home.id(), LocalDate.of(2025, 11, 20), "精神好，午饭吃完");
        long fall = assessments
                .recordEvent(manager, leaving.id(), CareEventType.FALL, LocalDate.of(2026, 3, 2), "夜间如厕时跌倒，左腕擦伤")
                .id();
        LocalDate admitted = LocalDate.of(2026, 1, 10);
        AdmissionView stay = desk.request(manager, leaving.id(), admitted, "家属陪同入住，需糖尿病饮食");
        desk.approve(manager, stay.id(), admitted);
        desk.admit(manager, stay.id(), bed.id(), admitted);
        desk.discharge(manager, stay.id(), LocalDate.of(2026, 6, 30), DischargeReason.RETURNED_HOME, "女儿接回家照顾");
        ResidentView staying = fixtures.resident(facility.id());
        fixtures.admitted(
                staying.id(), fixtures.bed(facility.id(), BedType.STANDARD).id(), LocalDate.of(2026, 1, 10));

        assertThat(runOn(LocalDate.of(2029, 1, 1), facility.id())).isEmpty();
        assertThat(runOn(LocalDate.of(2031, 6, 30), facility.id())).isEmpty(); // the fifth anniversary: still kept
        ResidentView kept = registry.get(manager, leaving.id());
        assertThat(kept.name()).isEqualTo("李淑芬");
        assertThat(kept.health().notes()).isEqualTo("糖尿病");
        assertThat(kept.health().diagnoses()).hasSize(1);
        assertThat(notesOfStay(stay.id())).isPositive();
        assertThat(visitNote(herFirstVisit)).isEqualTo("血糖偏高，已提醒按时服药");
        assertThat(visitNote(herLastVisit)).isEqualTo("下肢水肿，建议就医");
        assertThat(careEventNote(fall)).isEqualTo("夜间如厕时跌倒，左腕擦伤");

        assertThat(runOn(LocalDate.of(2031, 7, 1), facility.id())).containsExactly(leaving.id());
        // the home-care module clears the notes of her visits after the anonymisation commits (an asynchronous
        // module listener), on the bed of her agreement, within its dates, first and last day included
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(visitNote(herFirstVisit)).as("her first visit").isNull();
            assertThat(visitNote(herLastVisit)).as("her last visit").isNull();
            assertThat(careEventNote(fall)).as("her fall").isNull();
        });
        assertThat(visitNote(neighbourVisit))
                .as("the next resident's visit on the same bed")
                .isEqualTo("精神好，午饭吃完");
        assertThat(homeCare.visitsOf(manager, home.id())).hasSize(3);

        ResidentView gone = registry.get(manager, leaving.id());
        assertThat(gone.name()).isEqualTo("已匿名");
        assertThat(gone.birthDate()).isEqualTo(LocalDate.of(1938, 1, 1));
        assertThat(gone.health().notes()).isNull();
        assertThat(gone.health().diagnoses()).isEmpty();
        assertThat(gone.idNumberMasked()).doesNotContain(idNumber.substring(idNumber.length() - 4));
        var raw = jdbc.sql("SELECT id_number, id_number_index, phone, anonymised_on FROM resident WHERE id = ?")
                .param(leaving.id())
                .query()
                .singleRow();
        assertThat(raw.get("phone")).isNull();
        assertThat(cipher.decrypt((String) raw.get("id_number"))).isEqualTo("ANONYMISED-" + leaving.id());
        assertThat(raw.get("id_number_index")).isNotEqualTo(cipher.blindIndex(IdNumberIndex.RESIDENT, idNumber));
        assertThat(raw.get("anonymised_on").toString()).isEqualTo("2031-07-01");
        assertThat(notesOfStay(stay.id()))
                .as("the stay's notes and its history's")
                .isZero();
        assertThat(jdbc.sql("SELECT given_by FROM resident_consent WHERE resident_id = ?")
                        .param(leaving.id())
                        .query(String.class)
                        .list())
                .as("both consents (health record, home visits) stay, without the consenter's name")
                .containsExactly("已匿名", "已匿名");
        // the person may come back later and be registered afresh under the same ID number
        registry.register(
                manager, facility.id(), "李淑芬", Gender.FEMALE, LocalDate.of(1938, 8, 18), idNumber, null, null);

        // a resident still living there is never anonymised, and a second run finds nothing new
        assertThat(runOn(LocalDate.of(2090, 1, 1), facility.id())).doesNotContain(staying.id(), leaving.id());
        assertThat(registry.get(manager, staying.id()).name()).isEqualTo("测试老人");
    }
}
