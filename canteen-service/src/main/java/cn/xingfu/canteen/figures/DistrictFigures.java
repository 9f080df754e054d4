package cn.xingfu.canteen.figures;

import cn.xingfu.canteen.ordering.OrderStatistics;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.CanteenView;
import cn.xingfu.kernel.DomainException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/** Builds the bureau's {@link DistrictReport} live from the orders, and asks care-facility-service for its part. */
@Service
@org.springframework.boot.context.properties.EnableConfigurationProperties(CareLinkProperties.class)
public class DistrictFigures {

    private final OrderStatistics statistics;
    private final CanteenDirectory canteens;
    private final CareFiguresSource care;
    private final Clock clock;

    DistrictFigures(OrderStatistics statistics, CanteenDirectory canteens, CareFiguresSource care, Clock clock) {
        this.statistics = statistics;
        this.canteens = canteens;
        this.care = care;
        this.clock = clock;
    }

    /** @throws DomainException DISTRICT_ADMIN_ONLY, INVALID_RANGE (more than 366 days, or to before from) */
    public DistrictReport report(LocalDate from, LocalDate to, Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "区级数据只供区民政局查看", "District figures are for the district bureau only");
        }
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
            throw DomainException.invalid("INVALID_RANGE", "日期范围无效（最多一年）", "Invalid date range (at most one year)");
        }
        List<OrderStatistics.MonthFigures> rows = statistics.servedByMonth(from, to);
        Map<Channel, Long> byChannel = zeroes();
        Map<String, DistrictReport.MonthRow> months = new TreeMap<>();
        for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
            String key = String.format("%d-%02d", m.getYear(), m.getMonthValue());
            months.put(key, new DistrictReport.MonthRow(key, zeroes(), BigDecimal.ZERO.setScale(2)));
        }
        Map<Long, Map<Channel, Long>> canteenMeals = new LinkedHashMap<>();
        Map<Long, BigDecimal> canteenSubsidy = new LinkedHashMap<>();
        Map<Long, Long> canteenSeniors = statistics.seniorsReachedByCanteen(from, to);
        BigDecimal gross = BigDecimal.ZERO.setScale(2);
        BigDecimal subsidy = BigDecimal.ZERO.setScale(2);
        Set<Long> serving = new HashSet<>();
        for (OrderStatistics.MonthFigures row : rows) {
            byChannel.merge(row.channel(), row.meals(), Long::sum);
            String key = String.format("%d-%02d", row.year(), row.month());
            DistrictReport.MonthRow month = months.get(key);
            month.meals().merge(row.channel(), row.meals(), Long::sum);
            months.put(
                    key,
                    new DistrictReport.MonthRow(
                            key, month.meals(), month.subsidy().add(row.subsidy())));
            canteenMeals.computeIfAbsent(row.canteenId(), id -> zeroes()).merge(row.channel(), row.meals(), Long::sum);
            canteenSubsidy.merge(row.canteenId(), row.subsidy(), BigDecimal::add);
            gross = gross.add(row.gross());
            subsidy = subsidy.add(row.subsidy());
            serving.add(row.canteenId());
        }
        List<CanteenView> all = canteens.all();
        List<DistrictReport.CanteenRow> perCanteen = new ArrayList<>();
        for (CanteenView canteen : all) {
            perCanteen.add(new DistrictReport.CanteenRow(
                    canteen.id(),
                    canteen.name(),
                    canteen.town(),
                    canteenMeals.getOrDefault(canteen.id(), zeroes()),
                    canteenSubsidy.getOrDefault(canteen.id(), BigDecimal.ZERO.setScale(2)),
                    canteenSeniors.getOrDefault(canteen.id(), 0L)));
        }
        CareFiguresSource.Outcome careAnswer = care.districtFigures(to);
        long meals = byChannel.values().stream().mapToLong(Long::longValue).sum();
        return new DistrictReport(
                from,
                to,
                (int) all.stream().filter(CanteenView::active).count(),
                serving.size(),
                meals,
                byChannel,
                byChannel.get(Channel.DELIVERY),
                statistics.failedDeliveries(from, to),
                gross,
                subsidy,
                statistics.seniorsReached(from, to),
                List.copyOf(months.values()),
                perCanteen,
                careAnswer.figures(),
                careAnswer.problem(),
                clock.instant());
    }

    private static Map<Channel, Long> zeroes() {
        Map<Channel, Long> map = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            map.put(channel, 0L);
        }
        return map;
    }
}
