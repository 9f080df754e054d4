package cn.xingfu.canteen.shared.audit;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit log: written with its transaction, append-only at the database, searched by the district only. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditLogIT {

    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    final Actor actor = new Actor(Ids.next(), "auditor-" + Ids.next(), Role.CANTEEN_MANAGER, 7L);

    @Test
    void eventsCommitAndRollBackWithTheChangeTheyDescribe() {
        String kept = "kept-" + Ids.next();
        String dropped = "dropped-" + Ids.next();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                log.record(actor, AuditEntry.changed("WALLET_BALANCE", "wallet", kept, "TOP_UP", i, i + 1));
            }
            // nothing is written before the commit: the batch goes in at the end, in one round trip
            assertThat(count(kept)).isZero();
        });
        tx.executeWithoutResult(status -> {
            log.record(actor, AuditEntry.changed("WALLET_BALANCE", "wallet", dropped, "TOP_UP", 1, 2));
            status.setRollbackOnly();
        });
        assertThat(count(kept)).isEqualTo(3);
        assertThat(count(dropped)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(actor_username, '/', actor_role, '/', old_value, '/', new_value) FROM audit_event"
                                + " WHERE subject_id = ? AND old_value = '2'",
                        String.class,
                        kept))
                .isEqualTo(actor.username() + "/CANTEEN_MANAGER/2/3");
    }

    @Test
    void aReadInAReadOnlyTransactionIsWrittenAfterIt() {
        String subject = "read-" + Ids.next();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> log.record(actor, AuditEntry.read("SENIOR_DETAIL", "senior", subject)));
        assertThat(count(subject)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAuditEvents() throws Exception {
        assumeTrue(isMySqlOrMariaDb(), "the append-only triggers exist on MySQL/MariaDB only");
        String subject = "immutable-" + Ids.next();
        log.record(actor, AuditEntry.changed("SUBSIDY", "senior", subject, "tier", "A", "B"));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET new_value = 'C' WHERE subject_id = ?", subject))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE subject_id = ?", subject))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT new_value FROM audit_event WHERE subject_id = ?", String.class, subject))
                .isEqualTo("B");
    }

    @Test
    void onlyTheDistrictSearchesByWhoSubjectKindAndDaysPaged() throws Exception {
        String subject = "searched-" + Ids.next();
        for (int i = 0; i < 5; i++) {
            log.record(actor, AuditEntry.changed("WALLET_BALANCE", "wallet", subject, "TOP_UP", i, i + 1));
        }
        log.record(actor, AuditEntry.read("SENIOR_DETAIL", "wallet", subject));
        String admin = SeniorFixtures.login(accounts, encoder, Role.DISTRICT_ADMIN, null);
        String manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, 7L);

        mvc.perform(get("/api/audit")
                        .param("who", actor.username())
                        .param("subjectType", "wallet")
                        .param("subjectId", subject)
                        .param("kind", "WALLET_BALANCE")
                        .param("size", "2")
                        .param("page", "1")
                        .with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(5))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].kind").value("WALLET_BALANCE"))
                .andExpect(jsonPath("$.content[0].actorUsername").value(actor.username()));
        mvc.perform(get("/api/audit")
                        .param("subjectId", subject)
                        .param("from", "2000-01-01")
                        .param("to", "2000-12-31")
                        .with(basic(admin)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/audit")
                        .param("from", "2030-01-02")
                        .param("to", "2030-01-01")
                        .with(basic(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("AUDIT_RANGE_INVALID"));
        mvc.perform(get("/api/audit").with(basic(manager)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("DISTRICT_ADMIN_ONLY"));
        // reading the trail is itself on the trail
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_event WHERE kind = 'AUDIT_LOG' AND actor_username = ?",
                        Integer.class,
                        admin))
                .isEqualTo(2);
    }

    private int count(String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE subject_id = ?", Integer.class, subject);
    }

    private boolean isMySqlOrMariaDb() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
            return product.contains("mysql") || product.contains("mariadb");
        }
    }
}
