package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

/**
 * Which days each canteen serves: its weekly rest days, closures (holidays, repairs) and make-up working days
 * (调休). Menus cannot be planned for a day without service, standing orders skip it, and kiosks show its
 * {@link ClosureNotice}. Reads are cached per canteen and evicted after each committed change.
 */
@Service
public class ServiceCalendar {

    static final int MAX_REASON = 100;
    private static final int REOPEN_LOOKAHEAD_DAYS = 60;
    private static final DateTimeFormatter ZH_DATE = DateTimeFormatter.ofPattern("M月d日", Locale.CHINA);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final CalendarStore store;
    private final CanteenStore canteens;
    private final CacheManager caches;
    private final Clock clock;

    ServiceCalendar(CalendarStore store, CanteenStore canteens, CacheManager caches, Clock clock) {
        this.store = store;
        this.canteens = canteens;
        this.caches = caches;
        this.clock = clock;
    }

    /** @throws DomainException CANTEEN_NOT_FOUND */
    public ServiceDay day(long canteenId, LocalDate date) {
        canteens.canteen(canteenId);
        return store.calendar(canteenId).day(date);
    }

    /** Every day from {@code from} to {@code to} inclusive (at most 400 days). */
    public List<ServiceDay> days(long canteenId, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 400) {
            throw DomainException.invalid("INVALID_RANGE", "日期范围无效（最多 400 天）", "Invalid date range (at most 400 days)");
        }
        canteens.canteen(canteenId);
        CanteenCalendar calendar = store.calendar(canteenId);
        List<ServiceDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(calendar.day(d));
        }
        return days;
    }

    /** The weekdays the canteen normally serves. */
    public Set<DayOfWeek> openDays(long canteenId) {
        canteens.canteen(canteenId);
        return store.calendar(canteenId).openDays();
    }

    /** The notice for a day without service, or null on a day with meals. */
    public @Nullable ClosureNotice notice(long canteenId, LocalDate date) {
        ServiceDay day = day(canteenId, date);
        if (day.open()) {
            return null;
        }
        CanteenCalendar calendar = store.calendar(canteenId);
        LocalDate reopens = null;
        for (int i = 1; i <= REOPEN_LOOKAHEAD_DAYS && reopens == null; i++) {
            if (calendar.day(date.plusDays(i)).open()) {
                reopens = date.plusDays(i);
            }
        }
        String zh = "本食堂" + date.format(ZH_DATE) + "（" + day.reasonZh() + "）不供餐"
                + (reopens == null ? "。" : "，" + reopens.format(ZH_DATE) + "恢复供餐。");
        String en = "No meals on " + date.format(EN_DATE) + " (" + day.reasonEn() + ")"
                + (reopens == null ? "." : "; meals again from " + reopens.format(EN_DATE) + ".");
        return new ClosureNotice(date, day.kind(), day.reasonZh(), day.reasonEn(), reopens, zh, en);
    }

    /**
     * Declares a day without meals. Orders already placed for it are cancelled and refunded by the modules that
     * own them (they hear {@link ServiceDayClosed}). @throws DomainException CALENDAR_DAY_PAST, REASON_REQUIRED
     */
    public ServiceDay close(long canteenId, LocalDate date, String reasonZh, String reasonEn, Actor actor) {
        requireManagerOf(canteenId, actor);
        requireNotPast(date);
        store.close(
                canteenId,
                new CalendarEntry(date, ServiceDay.Kind.CLOSED, null, reason(reasonZh), reason(reasonEn)),
                actor.username());
        return fresh(canteenId).day(date);
    }

    /**
     * Declares a make-up working day on a day the canteen normally rests; it serves as {@code servesAs}.
     * @throws DomainException CALENDAR_DAY_PAST, MAKE_UP_ON_OPEN_DAY, REASON_REQUIRED
     */
    public ServiceDay makeUp(
            long canteenId, LocalDate date, DayOfWeek servesAs, String reasonZh, String reasonEn, Actor actor) {
        requireManagerOf(canteenId, actor);
        requireNotPast(date);
        if (store.calendar(canteenId).openDays().contains(date.getDayOfWeek())) {
            throw DomainException.rejected(
                    "MAKE_UP_ON_OPEN_DAY",
                    "该日本来就供餐，无需设为调休工作日",
                    "The canteen serves on this weekday anyway; no make-up day is needed");
        }
        store.put(
                canteenId,
                new CalendarEntry(date, ServiceDay.Kind.MAKE_UP, servesAs, reason(reasonZh), reason(reasonEn)),
                actor.username());
        return fresh(canteenId).day(date);
    }

    /** Removes a closure or make-up day; the weekly rule applies again. @throws DomainException CALENDAR_DAY_NOT_FOUND */
    public ServiceDay clear(long canteenId, LocalDate date, Actor actor) {
        requireManagerOf(canteenId, actor);
        requireNotPast(date);
        if (!store.remove(canteenId, date)) {
            throw DomainException.notFound(
                    "CALENDAR_DAY_NOT_FOUND", "该日期没有特别安排", "This date has no closure or make-up day");
        }
        return fresh(canteenId).day(date);
    }

    /** Sets the weekdays the canteen normally serves (at least one). */
    public Set<DayOfWeek> setOpenDays(long canteenId, Set<DayOfWeek> days, Actor actor) {
        requireManagerOf(canteenId, actor);
        if (days.isEmpty()) {
            throw DomainException.invalid("OPEN_DAYS_REQUIRED", "请至少选择一个供餐日", "Choose at least one serving weekday");
        }
        store.openDays(canteenId, days, actor.username());
        return fresh(canteenId).openDays();
    }

    /** After a committed write: this instance forgets the canteen's calendar and reads it again. */
    private CanteenCalendar fresh(long canteenId) {
        Cache cache = caches.getCache(CalendarStore.CALENDARS);
        if (cache != null) {
            cache.evict(canteenId);
        }
        return store.calendar(canteenId);
    }

    private void requireManagerOf(long canteenId, Actor actor) {
        canteens.canteen(canteenId);
        actor.requireManager();
        actor.requireCanteen(canteenId);
    }

    private void requireNotPast(LocalDate date) {
        if (date.isBefore(LocalDate.now(clock.withZone(CanteenDirectory.ZONE)))) {
            throw DomainException.rejected(
                    "CALENDAR_DAY_PAST", "不能更改过去日期的供餐安排", "The calendar of past dates cannot be changed");
        }
    }

    private static String reason(@Nullable String text) {
        if (text == null || text.isBlank() || text.trim().length() > MAX_REASON) {
            throw DomainException.invalid(
                    "REASON_REQUIRED",
                    "请填写原因（中文和英文，最多 100 字）",
                    "Give the reason in Chinese and English (at most 100 characters)");
        }
        return text.trim();
    }
}
