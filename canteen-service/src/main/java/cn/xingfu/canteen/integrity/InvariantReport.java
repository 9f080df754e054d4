package cn.xingfu.canteen.integrity;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The result of one run of the checker.
 *
 * @param canteenId the canteen the run was limited to, or null for all
 * @param fromDate orders and menus from this service date on were checked (the subsidy window)
 * @param checked how many rows of each kind were looked at
 */
public record InvariantReport(
        Instant checkedAt,
        @Nullable Long canteenId,
        java.time.LocalDate fromDate,
        Checked checked,
        List<Violation> violations) {

    public InvariantReport {
        violations = List.copyOf(violations);
    }

    public boolean clean() {
        return violations.isEmpty();
    }

    public record Checked(int wallets, int menuItems, int subsidisedSeniorDays, int subsidyCounters) {}
}
