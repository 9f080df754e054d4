package cn.xingfu.care.dementia;

import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.HealthRecordsOnFile;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Cognitive screenings on file, for the consent work list. */
@Component
class ScreeningsOnFile implements HealthRecordsOnFile {

    private final NamedParameterJdbcTemplate jdbc;

    ScreeningsOnFile(NamedParameterJdbcTemplate jdbc) {
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
        Set<Long> found = new HashSet<>();
        found.addAll(jdbc.queryForList(
                "SELECT DISTINCT resident_id FROM cognitive_screening WHERE resident_id IN (:ids)", ids, Long.class));
        return found;
    }
}
