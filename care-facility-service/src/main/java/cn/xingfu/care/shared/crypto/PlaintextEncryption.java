package cn.xingfu.care.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A Flyway step (a Spring bean, so it gets the configured keys) that encrypts the rows written before a
 * column was encrypted: every value that is not yet an envelope is encrypted in place, and where the table
 * has a blind index column it is filled from the plaintext. Runs inside Flyway's transaction, in batches of
 * {@value #BATCH} rows so a large table does not hold everything in memory.
 */
public class PlaintextEncryption implements JavaMigration {

    private static final int BATCH = 500;

    /** {@code indexColumn} = blindIndex(purpose, normalise(plaintext of sourceColumn)). */
    public record BlindIndex(
            String sourceColumn, String indexColumn, String purpose, UnaryOperator<String> normalise) {}

    public record Target(EncryptedColumns columns, List<BlindIndex> indexes) {}

    private final String version;
    private final String description;
    private final FieldCipher cipher;
    private final List<Target> targets;

    public PlaintextEncryption(String version, String description, FieldCipher cipher, List<Target> targets) {
        this.version = version;
        this.description = description;
        this.cipher = cipher;
        this.targets = List.copyOf(targets);
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion(version);
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        for (Target target : targets) {
            encrypt(connection, target);
        }
    }

    private void encrypt(Connection connection, Target target) throws SQLException {
        EncryptedColumns table = target.columns();
        List<String> keys = table.keyColumns();
        List<String> columns = table.columns();
        List<String> assignments = new ArrayList<>();
        columns.forEach(c -> assignments.add(c + " = ?"));
        target.indexes().forEach(i -> assignments.add(i.indexColumn() + " = ?"));
        String selectList = "SELECT " + table.keyList() + ", " + String.join(", ", columns) + " FROM " + table.table();
        String order = " ORDER BY " + table.keyList() + " LIMIT " + BATCH;
        // keyset paging: a row value comparison, so composite keys page the same way as a single id
        String first = selectList + order;
        String next = selectList + " WHERE (" + table.keyList() + ") > ("
                + String.join(", ", java.util.Collections.nCopies(keys.size(), "?")) + ")" + order;
        String update =
                "UPDATE " + table.table() + " SET " + String.join(", ", assignments) + " WHERE " + table.keyMatch();
        List<Object> after = null;
        try (PreparedStatement readFirst = connection.prepareStatement(first);
                PreparedStatement readNext = connection.prepareStatement(next);
                PreparedStatement write = connection.prepareStatement(update)) {
            while (true) {
                PreparedStatement read = after == null ? readFirst : readNext;
                if (after != null) {
                    for (int k = 0; k < keys.size(); k++) {
                        read.setObject(k + 1, after.get(k));
                    }
                }
                int rows = 0;
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        after = new ArrayList<>();
                        for (int k = 0; k < keys.size(); k++) {
                            after.add(rs.getObject(k + 1));
                        }
                        List<@Nullable String> plain = new ArrayList<>();
                        for (int c = 0; c < columns.size(); c++) {
                            String value = rs.getString(keys.size() + c + 1);
                            plain.add(FieldCipher.isEnvelope(value) ? cipher.decrypt(value) : value);
                            write.setString(c + 1, FieldCipher.isEnvelope(value) ? value : cipher.encrypt(value));
                        }
                        int p = columns.size() + 1;
                        for (BlindIndex index : target.indexes()) {
                            String source = plain.get(columns.indexOf(index.sourceColumn()));
                            write.setString(
                                    p++,
                                    source == null
                                            ? null
                                            : cipher.blindIndex(
                                                    index.purpose(),
                                                    index.normalise().apply(source)));
                        }
                        for (Object key : after) {
                            write.setObject(p++, key);
                        }
                        write.addBatch();
                    }
                }
                write.executeBatch();
                if (rows < BATCH) {
                    return;
                }
            }
        }
    }
}
