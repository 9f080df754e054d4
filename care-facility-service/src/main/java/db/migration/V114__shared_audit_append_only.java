package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The audit log refuses UPDATE and DELETE at the database, so not even a bug or a hand-written statement
 * through the application's account can rewrite history. MySQL/MariaDB only: the trigger syntax has no H2
 * equivalent, and H2 is only the embedded development default (the MariaDB test suite checks the triggers).
 * A Java migration because one SQL file cannot be skipped on H2.
 */
public class V114__shared_audit_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product =
                context.getConnection().getMetaData().getDatabaseProductName().toLowerCase();
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            for (String operation : new String[] {"UPDATE", "DELETE"}) {
                sql.execute("CREATE TRIGGER audit_event_no_" + operation.toLowerCase() + " BEFORE " + operation
                        + " ON audit_event FOR EACH ROW SIGNAL SQLSTATE '45000'"
                        + " SET MESSAGE_TEXT = 'audit_event is append-only'");
            }
        }
    }
}
