package cn.xingfu.canteen.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cached reads of whole canteen calendars and transactional writes; {@link ServiceCalendar} evicts after commit. */
@Component
class CalendarStore {

    static final String CALENDARS = "canteen-calendars";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarStore(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Cacheable(CALENDARS)
    @Transactional(readOnly = true)
    public CanteenCalendar calendar(long canteenId) {
        List<String> week = jdbc.queryForList(
                "SELECT open_days FROM canteen_service_week WHERE canteen_id = ?", String.class, canteenId);
        Set<DayOfWeek> open = week.isEmpty() ? CanteenCalendar.EVERY_DAY : parseDays(week.get(0));
        Map<LocalDate, CalendarEntry> exceptions = new HashMap<>();
        jdbc.query(
                "SELECT service_date, kind, serves_as, reason_zh, reason_en FROM canteen_calendar_day WHERE canteen_id = ?",
                rs -> {
                    String servesAs = rs.getString("serves_as");
                    LocalDate date = rs.getObject("service_date", LocalDate.class);
                    exceptions.put(
                            date,
                            new CalendarEntry(
                                    date,
                                    ServiceDay.Kind.valueOf(rs.getString("kind")),
                                    servesAs == null ? null : DayOfWeek.valueOf(servesAs),
                                    rs.getString("reason_zh"),
                                    rs.getString("reason_en")));
                },
                canteenId);
        return new CanteenCalendar(canteenId, Set.copyOf(open), Map.copyOf(exceptions));
    }

    @Transactional
    public void put(long canteenId, CalendarEntry entry, String by) {
        jdbc.update(
                "DELETE FROM canteen_calendar_day WHERE canteen_id = ? AND service_date = ?", canteenId, entry.date());
        jdbc.update(
                "INSERT INTO canteen_calendar_day (canteen_id, service_date, kind, serves_as, reason_zh, reason_en, "
                        + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                canteenId,
                entry.date(),
                entry.kind().name(),
                entry.servesAs() == null ? null : entry.servesAs().name(),
                entry.reasonZh(),
                entry.reasonEn(),
                Timestamp.from(clock.instant()),
                by);
    }

    /** Stores the closure and announces it in the same transaction. */
    @Transactional
    public void close(long canteenId, CalendarEntry entry, String by) {
        put(canteenId, entry, by);
        events.publishEvent(new ServiceDayClosed(canteenId, entry.date(), entry.reasonZh(), entry.reasonEn(), by));
    }

    @Transactional
    public boolean remove(long canteenId, LocalDate date) {
        return jdbc.update(
                        "DELETE FROM canteen_calendar_day WHERE canteen_id = ? AND service_date = ?", canteenId, date)
                > 0;
    }

    @Transactional
    public void openDays(long canteenId, Set<DayOfWeek> days, String by) {
        jdbc.update("DELETE FROM canteen_service_week WHERE canteen_id = ?", canteenId);
        jdbc.update(
                "INSERT INTO canteen_service_week (canteen_id, open_days, updated_at, updated_by) VALUES (?, ?, ?, ?)",
                canteenId,
                days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")),
                Timestamp.from(clock.instant()),
                by);
    }

    private static Set<DayOfWeek> parseDays(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(column.split(","))
                .filter(s -> !s.isBlank())
                .map(s -> DayOfWeek.valueOf(s.trim()))
                .forEach(days::add);
        return days;
    }
}
