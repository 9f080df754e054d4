package cn.xingfu.care.resident;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The resident module's own health data: health notes and diagnoses. */
@Component
class ResidentHealthOnFile extends RowsOnFile {

    ResidentHealthOnFile(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                ConsentScope.HEALTH_RECORD,
                "SELECT id FROM resident WHERE id IN (:ids) AND health_notes IS NOT NULL",
                "SELECT DISTINCT resident_id FROM diagnosis WHERE resident_id IN (:ids)");
    }
}
