package cn.xingfu.care.integrity;

import cn.xingfu.care.integrity.Violation.Rule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks "one resident per bed" on the rows as they are. The unique keys on {@code bed_occupancy} guard the
 * current stay only; the history (end dates edited, a discharge back-dated) and the admissions themselves are
 * guarded by code, so this looks at both. One REPEATABLE READ transaction: every check sees the same snapshot.
 */
@Service
public class InvariantChecker {

    /** Intervals are [start, end), an open end lasts for ever. */
    private static final String OVERLAP = " a.start_date < COALESCE(b.end_date, DATE '9999-12-31')"
            + " AND b.start_date < COALESCE(a.end_date, DATE '9999-12-31')"
            + " AND (a.end_date IS NULL OR a.end_date > a.start_date)"
            + " AND (b.end_date IS NULL OR b.end_date > b.start_date)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvariantChecker(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public InvariantReport check() {
        return check(null);
    }

    /** Checks one facility's beds and stays, or all when null. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public InvariantReport check(@Nullable Long facilityId) {
        List<Violation> violations = new ArrayList<>();
        String facility = facilityId != null ? " AND a.facility_id = ?" : "";
        Object[] args = facilityId != null ? new Object[] {facilityId} : new Object[0];

        jdbc.query(
                "SELECT a.bed_id, a.id AS first, b.id AS second, a.resident_id AS r1, b.resident_id AS r2,"
                        + " a.start_date AS s1, b.start_date AS s2"
                        + " FROM bed_occupancy a JOIN bed_occupancy b ON b.bed_id = a.bed_id AND b.id > a.id"
                        + " WHERE" + OVERLAP + facility,
                rs -> {
                    violations.add(new Violation(
                            Rule.BED_DOUBLE_OCCUPIED,
                            "bed:" + rs.getLong("bed_id"),
                            details(
                                    "stays", List.of(rs.getLong("first"), rs.getLong("second")),
                                    "residents", List.of(rs.getLong("r1"), rs.getLong("r2")),
                                    "from", List.of(rs.getString("s1"), rs.getString("s2")))));
                },
                args);
        jdbc.query(
                "SELECT a.resident_id, a.id AS first, b.id AS second, a.bed_id AS b1, b.bed_id AS b2"
                        + " FROM bed_occupancy a JOIN bed_occupancy b ON b.resident_id = a.resident_id AND b.id > a.id"
                        + " WHERE" + OVERLAP + facility,
                rs -> {
                    violations.add(new Violation(
                            Rule.RESIDENT_IN_TWO_BEDS,
                            "resident:" + rs.getLong("resident_id"),
                            details(
                                    "stays", List.of(rs.getLong("first"), rs.getLong("second")),
                                    "beds", List.of(rs.getLong("b1"), rs.getLong("b2")))));
                },
                args);
        jdbc.query(
                "SELECT a.bed_id, a.id AS first, b.id AS second FROM admission a"
                        + " JOIN admission b ON b.bed_id = a.bed_id AND b.id > a.id"
                        + " AND b.status IN ('ADMITTED', 'ON_LEAVE')"
                        + " WHERE a.status IN ('ADMITTED', 'ON_LEAVE')" + facility,
                rs -> {
                    violations.add(new Violation(
                            Rule.BED_SHARED_BY_ADMISSIONS,
                            "bed:" + rs.getLong("bed_id"),
                            details("admissions", List.of(rs.getLong("first"), rs.getLong("second")))));
                },
                args);
        jdbc.query(
                "SELECT a.bed_id, a.id AS stay, bd.status FROM bed_occupancy a JOIN bed bd ON bd.id = a.bed_id"
                        + " WHERE a.current_bed_id IS NOT NULL AND bd.status IN ('VACANT', 'OUT_OF_SERVICE')"
                        + facility,
                rs -> {
                    violations.add(new Violation(
                            Rule.OCCUPIED_BED_MARKED_FREE,
                            "bed:" + rs.getLong("bed_id"),
                            details("stay", rs.getLong("stay"), "status", rs.getString("status"))));
                },
                args);

        String where = facilityId != null ? " WHERE facility_id = ?" : "";
        int beds = count("SELECT COUNT(*) FROM bed" + where, args);
        int stays = count("SELECT COUNT(*) FROM bed_occupancy" + where, args);
        int live = count(
                "SELECT COUNT(*) FROM admission WHERE status IN ('ADMITTED', 'ON_LEAVE')"
                        + (facilityId != null ? " AND facility_id = ?" : ""),
                args);
        return new InvariantReport(
                clock.instant(), facilityId, new InvariantReport.Checked(beds, stays, live), violations);
    }

    private int count(String sql, Object[] args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n != null ? n : 0;
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
