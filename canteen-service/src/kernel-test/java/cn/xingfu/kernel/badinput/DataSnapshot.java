package cn.xingfu.kernel.badinput;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What bad input must leave as it was: the row count of every table of the service's schema, and key figures (sums,
 * states) a suite names, taken before and after so that any change shows up as a difference of two maps.
 */
public final class DataSnapshot {

    private final JdbcTemplate jdbc;
    private final Set<String> tables;
    private final Map<String, String> figures;

    /**
     * @param ignored tables that legitimately change on a refused request (an audit log, login counters), each
     *     named by the suite with its reason
     * @param figures name to a SQL query returning one value
     */
    public DataSnapshot(JdbcTemplate jdbc, Set<String> ignored, Map<String, String> figures) {
        this.jdbc = jdbc;
        this.tables = tablesOf(jdbc, ignored);
        this.figures = Map.copyOf(figures);
        if (tables.isEmpty()) {
            throw new IllegalStateException("no tables found in the service's schema");
        }
    }

    public Set<String> tables() {
        return Set.copyOf(tables);
    }

    /** Row counts by table and the figures, in a stable order. */
    public Map<String, Object> take() {
        Map<String, Object> snapshot = new TreeMap<>();
        for (String table : tables) {
            snapshot.put("rows " + table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        figures.forEach((name, sql) -> snapshot.put(name, String.valueOf(jdbc.queryForObject(sql, Object.class))));
        return snapshot;
    }

    private static Set<String> tablesOf(JdbcTemplate jdbc, Set<String> ignored) {
        Set<String> tables = jdbc.execute((Connection connection) -> {
            Set<String> names = new TreeSet<>();
            DatabaseMetaData meta = connection.getMetaData();
            // MariaDB names the database as the catalog, H2 as catalog plus schema
            try (ResultSet rows =
                    meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    names.add(rows.getString("TABLE_NAME").toLowerCase());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return names;
        });
        tables.remove("flyway_schema_history");
        tables.removeAll(ignored);
        return tables;
    }
}
