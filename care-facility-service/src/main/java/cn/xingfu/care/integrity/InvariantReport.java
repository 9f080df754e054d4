package cn.xingfu.care.integrity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one run of the checker.
 *
 * @param facilityId the facility the run was limited to, or null for all
 * @param checked how many rows of each kind were looked at
 */
public record InvariantReport(
        Instant checkedAt, @Nullable Long facilityId, Checked checked, List<Violation> violations) {

    public InvariantReport {
        violations = List.copyOf(violations);
    }

    public boolean clean() {
        return violations.isEmpty();
    }

    public record Checked(int beds, int stays, int liveAdmissions) {}
}
