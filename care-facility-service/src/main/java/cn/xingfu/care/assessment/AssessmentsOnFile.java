package cn.xingfu.care.assessment;

import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.RowsOnFile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Assessments and care events on file, for the consent work list. */
@Component
class AssessmentsOnFile extends RowsOnFile {

    AssessmentsOnFile(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                ConsentScope.HEALTH_RECORD,
                "SELECT DISTINCT resident_id FROM ability_assessment WHERE resident_id IN (:ids)",
                "SELECT DISTINCT resident_id FROM care_event WHERE resident_id IN (:ids)");
    }
}
