package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's list of the seniors whose sensitive data is on record but not processed because no consent was ever given
 * (registered before consents were asked for), so that staff can ask them. A withdrawn consent is the senior's
 * decision and is not listed again.
 */
@Service
@Transactional(readOnly = true)
public class ConsentWorkList {

    private static final int SENIORS_PER_QUERY = 500;

    private final Seniors seniors;
    private final Consents consents;

    ConsentWorkList(Seniors seniors, Consents consents) {
        this.seniors = seniors;
        this.consents = consents;
    }

    /**
     * A senior to ask, with the scopes of data on record that have never had a consent.
     *
     * @param maskedIdNumber to tell apart two seniors of the same name at the counter
     */
    public record AwaitingConsent(
            long seniorId, String name, String maskedIdNumber, Lifecycle lifecycle, List<ConsentScope> scopes) {}

    /**
     * The active and paused seniors of the canteen (the actor's own unless a district administrator names one) whose
     * data awaits consent, in name order.
     *
     * @throws DomainException STAFF_ONLY, OUT_OF_CANTEEN_SCOPE, CANTEEN_REQUIRED
     */
    public List<AwaitingConsent> awaiting(@Nullable Long canteenId, Actor actor) {
        actor.requireStaff();
        Long canteen = canteenId != null ? canteenId : actor.canteenId();
        if (canteen == null) {
            throw DomainException.invalid("CANTEEN_REQUIRED", "请指定食堂", "Say which canteen");
        }
        actor.requireCanteen(canteen);
        List<Long> ids = new ArrayList<>(seniors.idsAtCanteen(canteen, Lifecycle.ACTIVE));
        ids.addAll(seniors.idsAtCanteen(canteen, Lifecycle.PAUSED));
        List<AwaitingConsent> awaiting = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SENIORS_PER_QUERY) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + SENIORS_PER_QUERY));
            Map<Long, Map<ConsentScope, ConsentNotice.State>> withheld = consents.withheld(chunk);
            for (Senior senior : seniors.findAllWithStatuses(chunk)) {
                Map<ConsentScope, ConsentNotice.State> off = withheld.getOrDefault(senior.id(), Map.of());
                List<ConsentScope> scopes = senior.scopesOnRecord().stream()
                        .filter(scope -> off.get(scope) == ConsentNotice.State.NOT_GIVEN)
                        .sorted()
                        .toList();
                if (!scopes.isEmpty()) {
                    awaiting.add(new AwaitingConsent(
                            senior.id(), senior.name(), senior.idNumberMasked(), senior.lifecycle(), scopes));
                }
            }
        }
        awaiting.sort(Comparator.comparing((AwaitingConsent a) -> PinyinInitials.of(a.name()))
                .thenComparing(AwaitingConsent::seniorId));
        return awaiting;
    }
}
