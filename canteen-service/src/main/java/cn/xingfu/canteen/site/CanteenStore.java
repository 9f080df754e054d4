package cn.xingfu.canteen.site;

import cn.xingfu.kernel.DomainException;
import java.time.Clock;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cached reads and transactional writes; {@link CanteenDirectory} evicts after the write has committed. */
@Component
class CanteenStore {

    static final String BY_ID = "canteens";
    static final String ALL = "canteen-list";

    private final Canteens canteens;
    private final Clock clock;

    CanteenStore(Canteens canteens, Clock clock) {
        this.canteens = canteens;
        this.clock = clock;
    }

    @Cacheable(BY_ID)
    @Transactional(readOnly = true)
    public CanteenView canteen(long id) {
        return canteens.findById(id).map(Canteen::toView).orElseThrow(() -> notFound(id));
    }

    @Cacheable(ALL)
    @Transactional(readOnly = true)
    public List<CanteenView> all() {
        return canteens.findAllByOrderByIdAsc().stream().map(Canteen::toView).toList();
    }

    @Transactional
    public CanteenView create(NewCanteen draft) {
        if (canteens.existsById(draft.id()) || canteens.existsByCode(draft.code())) {
            throw DomainException.conflict(
                    "CANTEEN_EXISTS", "食堂编号已存在", "A canteen with this id or code already exists");
        }
        Canteen canteen = new Canteen(
                draft.id(),
                draft.code(),
                draft.name(),
                draft.town(),
                draft.districtCode(),
                draft.address(),
                draft.latitude(),
                draft.longitude(),
                clock.instant());
        draft.meals().forEach(w -> canteen.schedule(w, clock.instant()));
        return canteens.saveAndFlush(canteen).toView();
    }

    @Transactional
    public CanteenView schedule(long canteenId, MealWindow window) {
        Canteen canteen = canteens.findById(canteenId).orElseThrow(() -> notFound(canteenId));
        canteen.schedule(window, clock.instant());
        return canteens.saveAndFlush(canteen).toView();
    }

    static DomainException notFound(long id) {
        return DomainException.notFound("CANTEEN_NOT_FOUND", "找不到该食堂", "No canteen with id " + id);
    }
}
