package cn.xingfu.canteen.shared.audit;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.CurrentActor;
import cn.xingfu.kernel.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes audit events with plain JDBC (no Hibernate), cheaply enough for the order path.
 *
 * <p>Inside a read-write transaction the events of that transaction are collected and inserted as one JDBC
 * batch just before it commits, on the same connection: an audited change and its audit row commit or roll back
 * together. Inside a read-only transaction (a read of personal data) the connection may refuse writes (MySQL
 * Connector/J propagates read-only to the server), so the batch is written after the read completed, in a
 * transaction of its own. Outside any transaction each call inserts at once.
 */
@Service
public class AuditLog {

    static final String INSERT = "INSERT INTO audit_event (id, occurred_at, actor_id, actor_username, actor_role,"
            + " canteen_id, action, kind, subject_type, subject_id, field, old_value, new_value)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separate;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Records what {@code actor} did. */
    public void record(Actor actor, AuditEntry entry) {
        write(new Row(
                Ids.next(),
                Timestamp.from(clock.instant()),
                actor.id(),
                actor.username(),
                actor.role().name(),
                actor.canteenId(),
                entry));
    }

    /** Records what the system did on its own (a scheduled job, an unauthenticated login attempt). */
    public void recordSystem(String who, AuditEntry entry) {
        write(new Row(Ids.next(), Timestamp.from(clock.instant()), null, who, "SYSTEM", null, entry));
    }

    /**
     * Records what the signed-in account of this request did, or what {@code fallbackWho} did when there is none
     * (a scheduled job or an event listener acting on someone's behalf).
     */
    public void recordCurrent(String fallbackWho, AuditEntry entry) {
        recordAs(CurrentActor.current().orElse(null), fallbackWho, entry);
    }

    /**
     * Records what {@code actor} did, or {@code fallbackWho} when it is null: for work done on another thread on
     * behalf of the account that was signed in where it was asked for (the order path's group commit).
     */
    public void recordAs(@Nullable Actor actor, String fallbackWho, AuditEntry entry) {
        if (actor != null) {
            record(actor, entry);
        } else {
            recordSystem(fallbackWho, entry);
        }
    }

    private void write(Row row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            insert(List.of(row));
            return;
        }
        // synchronizations (unlike bound resources) are suspended with their transaction, so an inner
        // REQUIRES_NEW transaction gets a batch of its own
        Batch batch = null;
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof Batch mine && mine.owner() == this) {
                batch = mine;
            }
        }
        if (batch == null) {
            batch = new Batch(TransactionSynchronizationManager.isCurrentTransactionReadOnly());
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        batch.rows.add(row);
    }

    private void insert(List<Row> rows) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            AuditEntry e = row.entry();
            statement.setLong(1, row.id());
            statement.setTimestamp(2, row.at());
            statement.setObject(3, row.actorId());
            statement.setString(4, row.username());
            statement.setString(5, row.role());
            statement.setObject(6, row.canteenId());
            statement.setString(7, e.action().name());
            statement.setString(8, e.kind());
            statement.setString(9, e.subjectType());
            statement.setString(10, e.subjectId());
            statement.setString(11, e.field());
            statement.setString(12, e.oldValue());
            statement.setString(13, e.newValue());
        });
    }

    private record Row(
            long id,
            Timestamp at,
            @Nullable Long actorId,
            String username,
            String role,
            @Nullable Long canteenId,
            AuditEntry entry) {}

    private final class Batch implements TransactionSynchronization {

        final List<Row> rows = new ArrayList<>();
        final boolean readOnly;

        Batch(boolean readOnly) {
            this.readOnly = readOnly;
        }

        AuditLog owner() {
            return AuditLog.this;
        }

        @Override
        public void beforeCommit(boolean readOnlyTransaction) {
            if (!readOnly && !rows.isEmpty()) {
                insert(List.copyOf(rows));
                rows.clear();
            }
        }

        @Override
        public void afterCompletion(int status) {
            // a read that completed is audited even if its (read-only) transaction was rolled back
            if (readOnly && !rows.isEmpty()) {
                List<Row> pending = List.copyOf(rows);
                rows.clear();
                separate.executeWithoutResult(tx -> insert(pending));
            }
        }
    }
}
