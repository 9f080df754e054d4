package cn.xingfu.canteen.figures;

import cn.xingfu.canteen.shared.Channel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures the district reports each year, for a month or a year (or any range up to one year), computed from
 * the orders as they are now. Meals count when handed over (served, picked up, delivered). {@code care} is null
 * when care-facility-service could not be asked; {@code careProblem} then says so.
 */
public record DistrictReport(
        LocalDate from,
        LocalDate to,
        int canteensActive,
        int canteensServing,
        long meals,
        Map<Channel, Long> mealsByChannel,
        long deliveries,
        long failedDeliveries,
        BigDecimal grossValue,
        BigDecimal subsidyPaid,
        long seniorsReached,
        List<MonthRow> months,
        List<CanteenRow> canteens,
        @Nullable CareFigures care,
        @Nullable String careProblem,
        Instant computedAt) {

    /** One month of the range. */
    public record MonthRow(String month, Map<Channel, Long> meals, BigDecimal subsidy) {}

    /** One canteen over the range. */
    public record CanteenRow(
            long canteenId, String name, String town, Map<Channel, Long> meals, BigDecimal subsidy, long seniors) {}
}
