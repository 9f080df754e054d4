package cn.xingfu.care.dementia;

import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.RowsOnFile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Cognitive screenings on file, for the consent work list. */
@Component
class ScreeningsOnFile extends RowsOnFile {

    ScreeningsOnFile(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                ConsentScope.HEALTH_RECORD,
                "SELECT DISTINCT resident_id FROM cognitive_screening WHERE resident_id IN (:ids)");
    }
}
