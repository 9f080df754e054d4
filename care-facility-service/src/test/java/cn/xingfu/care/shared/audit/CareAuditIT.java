package cn.xingfu.care.shared.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.AdmissionDesk;
import cn.xingfu.care.resident.AdmissionView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.TestAccounts;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * care-facility-service's audit log (issue 11): every bed assignment with old and new bed, reads of residents'
 * records and diagnoses, append-only at the database, searched by the district only; the pages' security headers.
 */
@CareIntegrationTest
class CareAuditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    AdmissionDesk desk;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bedAssignmentsAndReadsOfResidentsAreAuditedWithOldAndNewBed() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        BedView first = fixtures.bed(facility.id(), BedType.STANDARD);
        BedView second = fixtures.bed(facility.id(), BedType.STANDARD);
        long resident = fixtures.resident(facility.id()).id();
        AdmissionView admission = fixtures.admitted(resident, first.id(), LocalDate.of(2026, 2, 1));
        desk.transfer(manager.actor(), admission.id(), second.id(), LocalDate.of(2026, 2, 10), "换房");

        List<Map<String, Object>> moves = jdbc.queryForList(
                "SELECT field, old_value, new_value, actor_username FROM audit_event"
                        + " WHERE kind = 'BED_ASSIGNMENT' AND subject_id = ? ORDER BY occurred_at, id",
                String.valueOf(admission.id()));
        assertThat(moves).extracting(m -> m.get("field")).contains("ADMITTED", "TRANSFERRED");
        Map<String, Object> transfer = moves.get(moves.size() - 1);
        assertThat(transfer.get("old_value")).isEqualTo(String.valueOf(first.id()));
        assertThat(transfer.get("new_value")).isEqualTo(String.valueOf(second.id()));
        assertThat(transfer.get("actor_username")).isEqualTo(manager.actor().username());

        mvc.perform(get("/api/residents/{id}", resident).with(manager.basic())).andExpect(status().isOk());
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE kind = 'RESIDENT_DETAIL' AND subject_id = ?"
                                + " AND actor_username = ?",
                        Integer.class,
                        String.valueOf(resident),
                        manager.actor().username()))
                .isEqualTo(1);

        var admin = accounts.admin();
        mvc.perform(get("/api/audit")
                        .param("subjectType", "admission")
                        .param("subjectId", String.valueOf(admission.id()))
                        .param("kind", "BED_ASSIGNMENT")
                        .with(admin.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(moves.size()))
                .andExpect(jsonPath("$.content[0].field").value("TRANSFERRED"));
        mvc.perform(get("/api/audit").with(manager.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("DISTRICT_ADMIN_ONLY"));
    }

    @Test
    void theDatabaseRefusesToRewriteTheLog() throws Exception {
        assumeTrue(isMySqlOrMariaDb(), "the append-only triggers exist on MySQL/MariaDB only");
        var admin = accounts.admin();
        mvc.perform(get("/api/audit").with(admin.basic())).andExpect(status().isOk());
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET actor_username = 'x'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event")).hasMessageContaining("append-only");
    }

    @Test
    void pagesCarryTheSameSecurityHeadersAsTheCanteenService() throws Exception {
        mvc.perform(get("/login.html"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self';")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        mvc.perform(get("/login.js")).andExpect(status().isOk());
    }

    private boolean isMySqlOrMariaDb() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("mysql") || product.contains("mariadb");
        }
    }
}
