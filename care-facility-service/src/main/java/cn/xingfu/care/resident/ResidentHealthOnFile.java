package cn.xingfu.care.resident;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The resident module's own health data: health notes and diagnoses. */
@Component
class ResidentHealthOnFile implements HealthRecordsOnFile {

    private final NamedParameterJdbcTemplate jdbc;

    ResidentHealthOnFile(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ConsentScope scope() {
        return ConsentScope.HEALTH_RECORD;
    }

    @Override
    public Set<Long> residentsWithRecords(Collection<Long> residentIds) {
        if (residentIds.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> ids = Map.of("ids", List.copyOf(residentIds));
        Set<Long> found = new HashSet<>(jdbc.queryForList(
                "SELECT id FROM resident WHERE id IN (:ids) AND health_notes IS NOT NULL", ids, Long.class));
        found.addAll(jdbc.queryForList(
                "SELECT DISTINCT resident_id FROM diagnosis WHERE resident_id IN (:ids)", ids, Long.class));
        return found;
    }
}
