package cn.xingfu.care.homecare;

import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.resident.RowsOnFile;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Home visits on file, each the senior's whose agreement had begun latest by the visit day (as the gate reads it). */
@Component
class HomeVisitsOnFile extends RowsOnFile {

    HomeVisitsOnFile(NamedParameterJdbcTemplate jdbc) {
        super(
                jdbc,
                ConsentScope.HOME_VISIT,
                "SELECT DISTINCT a.resident_id FROM home_care_agreement a"
                        + " JOIN home_visit v ON v.bed_id = a.bed_id AND v.visit_date >= a.valid_from"
                        + " WHERE a.resident_id IN (:ids) AND NOT EXISTS (SELECT 1 FROM home_care_agreement b"
                        + " WHERE b.bed_id = a.bed_id AND b.valid_from > a.valid_from AND b.valid_from <= v.visit_date)");
    }
}
