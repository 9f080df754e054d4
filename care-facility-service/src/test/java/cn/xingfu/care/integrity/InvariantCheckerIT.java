package cn.xingfu.care.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.integrity.Violation.Rule;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "One resident per bed" on real rows: a facility filled through the admission desk is clean (including a past
 * stay that ended on the day the current one began); each violation is then planted with plain SQL and found.
 */
@CareIntegrationTest
class InvariantCheckerIT {

    private static final LocalDate ADMITTED_ON = LocalDate.of(2026, 3, 2);
    private static final AtomicLong PLANTED_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L + 8_000_000_000L);

    @Autowired
    CareFixtures fixtures;

    @Autowired
    InvariantChecker checker;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    FacilityView facility;
    BedView bed;
    BedView otherBed;
    long resident;
    long newcomer;
    AdmissionView waiting;

    @BeforeEach
    void filledFacility() {
        facility = fixtures.facility();
        bed = fixtures.bed(facility.id(), BedType.STANDARD);
        otherBed = fixtures.bed(facility.id(), BedType.STANDARD);
        resident = fixtures.resident(facility.id()).id();
        fixtures.admitted(resident, bed.id(), ADMITTED_ON);
        newcomer = fixtures.resident(facility.id()).id();
        waiting = fixtures.approvedAdmission(newcomer, ADMITTED_ON);
        long former = fixtures.resident(facility.id()).id();
        stay(bed.id(), former, waiting.id(), LocalDate.of(2025, 6, 1), ADMITTED_ON);
    }

    /** A stay row as a bug or a hand edit would leave it; not current, so the unique keys do not stop it. */
    private void stay(long bedId, long residentId, long admissionId, LocalDate from, LocalDate until) {
        jdbc.update(
                "INSERT INTO bed_occupancy (id, bed_id, bed_type, facility_id, resident_id, admission_id, start_date, end_date)"
                        + " VALUES (?, ?, 'STANDARD', ?, ?, ?, ?, ?)",
                PLANTED_IDS.incrementAndGet(),
                bedId,
                facility.id(),
                residentId,
                admissionId,
                from,
                until);
    }

    private Map<Rule, List<String>> violations() {
        return checker.check(facility.id()).violations().stream()
                .collect(Collectors.groupingBy(
                        Violation::rule, Collectors.mapping(Violation::subject, Collectors.toList())));
    }

    @Test
    void aFacilityFilledThroughTheAdmissionDeskIsClean() {
        InvariantReport report = checker.check(facility.id());

        assertThat(report.violations()).isEmpty();
        assertThat(report.checked().beds()).isEqualTo(2);
        assertThat(report.checked().stays()).isEqualTo(2);
        assertThat(report.checked().liveAdmissions()).isEqualTo(1);
    }

    @Test
    void findsTwoResidentsInOneBed() {
        stay(bed.id(), newcomer, waiting.id(), ADMITTED_ON.plusDays(3), null);

        assertThat(violations()).containsExactly(Map.entry(Rule.BED_DOUBLE_OCCUPIED, List.of("bed:" + bed.id())));
    }

    @Test
    void findsOneResidentInTwoBeds() {
        stay(otherBed.id(), resident, waiting.id(), ADMITTED_ON.minusDays(1), ADMITTED_ON.plusDays(1));

        assertThat(violations()).containsExactly(Map.entry(Rule.RESIDENT_IN_TWO_BEDS, List.of("resident:" + resident)));
    }

    @Test
    void findsTwoLiveAdmissionsHoldingOneBed() {
        jdbc.update("UPDATE admission SET status = 'ADMITTED', bed_id = ? WHERE id = ?", bed.id(), waiting.id());

        assertThat(violations()).containsExactly(Map.entry(Rule.BED_SHARED_BY_ADMISSIONS, List.of("bed:" + bed.id())));
    }

    @Test
    void findsAnOccupiedBedMarkedVacant() {
        jdbc.update("UPDATE bed SET status = 'VACANT' WHERE id = ?", bed.id());

        assertThat(violations()).containsExactly(Map.entry(Rule.OCCUPIED_BED_MARKED_FREE, List.of("bed:" + bed.id())));
    }

    @Test
    void theAdminEndpointReportsAsJsonAndOnlyToTheDistrict() throws Exception {
        jdbc.update("UPDATE bed SET status = 'VACANT' WHERE id = ?", bed.id());

        mvc.perform(get("/api/admin/invariants")
                        .param("facilityId", String.valueOf(facility.id()))
                        .with(accounts.admin().basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations[0].rule").value("OCCUPIED_BED_MARKED_FREE"))
                .andExpect(jsonPath("$.violations[0].subject").value("bed:" + bed.id()));
        mvc.perform(get("/api/admin/invariants")
                        .with(accounts.manager(facility.id()).basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("DISTRICT_ADMIN_ONLY"));
        jdbc.update("UPDATE bed SET status = 'OCCUPIED' WHERE id = ?", bed.id());
    }
}
