package cn.xingfu.care.resident;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A module's health records on file, found by queries of its own tables: each query selects the ids of those of the
 * residents {@code :ids} who have such a record. The module keeps its SQL, the resident module reads no other
 * module's tables.
 */
public abstract class RowsOnFile implements HealthRecordsOnFile {

    private final NamedParameterJdbcTemplate jdbc;
    private final ConsentScope scope;
    private final List<String> queries;

    protected RowsOnFile(NamedParameterJdbcTemplate jdbc, ConsentScope scope, String... queries) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.queries = List.of(queries);
    }

    @Override
    public ConsentScope scope() {
        return scope;
    }

    @Override
    public Set<Long> residentsWithRecords(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> ids = Map.of("ids", List.copyOf(residentIds));
        Set<Long> found = new HashSet<>();
        for (String query : queries) {
            found.addAll(jdbc.queryForList(query, ids, Long.class));
        }
        return found;
    }
}
