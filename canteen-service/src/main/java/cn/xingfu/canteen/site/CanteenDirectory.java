package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.stereotype.Service;

/**
 * The canteens of the district as other modules see them. Reads are cached; every change evicts the cache
 * after its transaction has committed (this facade is deliberately not transactional).
 */
@Service
public class CanteenDirectory {

    /** Service dates, serving windows and cut-offs are Beijing local time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CanteenStore store;

    CanteenDirectory(CanteenStore store) {
        this.store = store;
    }

    /** @throws DomainException CANTEEN_NOT_FOUND (404) */
    public CanteenView canteen(long id) {
        return store.canteen(id);
    }

    /** Every canteen, active or not, ordered by id. */
    public List<CanteenView> all() {
        return store.all();
    }

    /**
     * The last instant at which {@code channel} may order {@code period} of {@code serviceDate} at the canteen.
     *
     * @throws DomainException CANTEEN_NOT_FOUND (404), MEAL_NOT_SERVED (422) when the canteen has no such meal
     */
    public Instant orderingDeadline(long canteenId, LocalDate serviceDate, MealPeriod period, Channel channel) {
        MealWindow window = window(canteenId, period);
        return LocalDateTime.of(serviceDate, window.cutoffFor(channel))
                .atZone(ZONE)
                .toInstant();
    }

    /**
     * The meal being ordered or served at {@code now}: the first meal of the day (by serving time) whose
     * serving has not ended yet. Empty after the last meal of the day has been served.
     */
    public Optional<MealPeriod> currentPeriod(long canteenId, Instant now) {
        var localTime = now.atZone(ZONE).toLocalTime();
        return canteen(canteenId).meals().stream()
                .sorted(Comparator.comparing(MealWindow::serveFrom))
                .filter(w -> localTime.isBefore(w.serveUntil()))
                .map(MealWindow::period)
                .findFirst();
    }

    /** @throws DomainException CANTEEN_NOT_FOUND (404), MEAL_NOT_SERVED (422) */
    public MealWindow window(long canteenId, MealPeriod period) {
        return canteen(canteenId)
                .meal(period)
                .orElseThrow(() -> DomainException.rejected(
                        "MEAL_NOT_SERVED", "该食堂不供应这一餐", "This canteen does not serve " + period.en()));
    }

    /** @throws DomainException CANTEEN_EXISTS (409), INVALID_* (400) */
    @CacheEvict(
            cacheNames = {CanteenStore.BY_ID, CanteenStore.ALL},
            allEntries = true)
    public CanteenView register(NewCanteen canteen) {
        return store.create(canteen);
    }

    /** Adds or replaces one meal window. @throws DomainException CANTEEN_NOT_FOUND, INVALID_MEAL_WINDOW */
    @CacheEvict(
            cacheNames = {CanteenStore.BY_ID, CanteenStore.ALL},
            allEntries = true)
    public CanteenView schedule(long canteenId, MealWindow window) {
        return store.schedule(canteenId, window);
    }
}
