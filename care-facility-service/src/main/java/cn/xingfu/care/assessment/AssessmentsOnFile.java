package cn.xingfu.care.assessment;

import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.HealthRecordsOnFile;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Assessments and care events on file, for the consent work list. */
@Component
class AssessmentsOnFile implements HealthRecordsOnFile {

    private final NamedParameterJdbcTemplate jdbc;

    AssessmentsOnFile(NamedParameterJdbcTemplate jdbc) {
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
                "SELECT DISTINCT resident_id FROM ability_assessment WHERE resident_id IN (:ids)", ids, Long.class));
        found.addAll(jdbc.queryForList(
                "SELECT DISTINCT resident_id FROM care_event WHERE resident_id IN (:ids)", ids, Long.class));
        return found;
    }
}
