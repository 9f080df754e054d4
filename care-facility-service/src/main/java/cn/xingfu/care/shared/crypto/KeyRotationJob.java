package cn.xingfu.care.shared.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a new key becomes active, rewrites values still under older keys, a batch per column and transaction,
 * once per cluster (ShedLock). Each update is conditional on the old ciphertext, so a value changed by the
 * application meanwhile is left alone (it is already under the active key). Reads accept every configured key
 * throughout, so an old key may be removed from the configuration only once {@link #pending()} is zero.
 */
@Component
public class KeyRotationJob {

    private static final Logger log = LoggerFactory.getLogger(KeyRotationJob.class);

    private final FieldCipher cipher;
    private final List<EncryptedColumns> tables;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int batch;

    KeyRotationJob(
            FieldCipher cipher,
            List<EncryptedColumns> tables,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            CryptoProperties properties) {
        this.cipher = cipher;
        this.tables = tables;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batch = Math.max(1, properties.rotationBatch());
    }

    @Scheduled(
            initialDelayString = "${xingfu.crypto.rotation-initial-delay:PT2M}",
            fixedDelayString = "${xingfu.crypto.rotation-interval:PT15M}")
    @SchedulerLock(name = "crypto-key-rotation", lockAtMostFor = "PT30M")
    public void scheduledRun() {
        int rewritten = rotateAll();
        if (rewritten > 0) {
            log.info("Re-encrypted {} field values under key id {}", rewritten, cipher.activeKeyId());
        }
    }

    /** Rewrites every old value, batch by batch; returns how many were rewritten. */
    public int rotateAll() {
        int total = 0;
        for (EncryptedColumns table : tables) {
            for (String column : table.columns()) {
                Batch done;
                do {
                    done = rotateBatch(table, column);
                    total += done.rewritten();
                } while (done.read() == batch);
            }
        }
        return total;
    }

    /** Values (all tables and columns) not yet under the active key. */
    public long pending() {
        long count = 0;
        for (EncryptedColumns table : tables) {
            for (String column : table.columns()) {
                count += jdbc.sql("SELECT COUNT(*) FROM " + table.table() + " WHERE " + column + " IS NOT NULL AND "
                                + column + " NOT LIKE ?")
                        .param(cipher.activePrefix() + "%")
                        .query(Long.class)
                        .single();
            }
        }
        return count;
    }

    private record Batch(int read, int rewritten) {}

    private Batch rotateBatch(EncryptedColumns table, String column) {
        Batch done = transactions.execute(status -> {
            List<Map<String, Object>> rows = jdbc.sql("SELECT " + table.keyList() + ", " + column + " AS val FROM "
                            + table.table() + " WHERE " + column + " IS NOT NULL AND " + column
                            + " NOT LIKE ? ORDER BY "
                            + table.keyList() + " LIMIT " + batch)
                    .param(cipher.activePrefix() + "%")
                    .query()
                    .listOfRows();
            int count = 0;
            for (Map<String, Object> row : rows) {
                String old = (String) row.get("val");
                List<Object> params = new ArrayList<>();
                params.add(cipher.reencrypt(old));
                table.keyColumns().forEach(k -> params.add(row.get(k)));
                params.add(old);
                count += jdbc.sql("UPDATE " + table.table() + " SET " + column + " = ? WHERE " + table.keyMatch()
                                + " AND " + column + " = ?")
                        .params(params)
                        .update();
            }
            return new Batch(rows.size(), count);
        });
        return done == null ? new Batch(0, 0) : done;
    }
}
