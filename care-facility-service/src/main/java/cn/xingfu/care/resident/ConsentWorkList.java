package cn.xingfu.care.resident;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Masking;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The care manager's list of residents whose health data is on file but who never gave a consent for its scope
 * (registered or recorded before consents were asked for), so that she can ask them or their guardian. A withdrawn
 * consent is the resident's decision and is not listed again; residents who died or whose record was anonymised are
 * left out, as there is no one left to ask.
 */
@Service
@Transactional(readOnly = true)
public class ConsentWorkList {

    private static final int RESIDENTS_PER_QUERY = 500;

    private final Residents residents;
    private final ResidentConsents consents;
    private final FacilityDirectory facilities;
    private final List<HealthRecordsOnFile> records;

    ConsentWorkList(
            Residents residents,
            ResidentConsents consents,
            FacilityDirectory facilities,
            List<HealthRecordsOnFile> records) {
        this.residents = residents;
        this.consents = consents;
        this.facilities = facilities;
        this.records = List.copyOf(records);
    }

    /** A resident to ask, with the scopes of data on file that never had a consent (no health data itself). */
    public record AwaitingConsent(
            long residentId, long facilityId, String name, String idNumberMasked, List<ConsentScope> scopes) {}

    /**
     * The residents of the facility (the care manager's only one when she names none) whose data awaits consent, in
     * name order (the residents' own order).
     *
     * @throws DomainException FACILITY_REQUIRED, FACILITY_NOT_FOUND, FACILITY_OUT_OF_SCOPE
     */
    public List<AwaitingConsent> awaiting(Actor actor, @Nullable Long facilityId) {
        Long facility = facilityId;
        if (facility == null && actor.facilityIds().size() == 1) {
            facility = actor.facilityIds().iterator().next();
        }
        if (facility == null) {
            throw DomainException.invalid("FACILITY_REQUIRED", "请指定机构", "Say which facility");
        }
        facilities.get(facility);
        actor.requireFacility(facility);
        List<Resident> living = residents.findByFacilityIdOrderByName(facility).stream()
                .filter(r -> r.deceasedOn() == null && r.anonymisedOn() == null)
                .toList();
        List<AwaitingConsent> awaiting = new ArrayList<>();
        for (int from = 0; from < living.size(); from += RESIDENTS_PER_QUERY) {
            List<Resident> chunk = living.subList(from, Math.min(living.size(), from + RESIDENTS_PER_QUERY));
            List<Long> ids = chunk.stream().map(Resident::id).toList();
            Map<ConsentScope, Set<Long>> onFile = new HashMap<>();
            for (HealthRecordsOnFile module : records) {
                onFile.computeIfAbsent(module.scope(), s -> new HashSet<>()).addAll(module.residentsWithRecords(ids));
            }
            Map<Long, Map<ConsentScope, ResidentConsents.State>> latest = consents.latest(ids);
            for (Resident r : chunk) {
                Map<ConsentScope, ResidentConsents.State> ever = latest.getOrDefault(r.id(), Map.of());
                Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
                onFile.forEach((scope, holders) -> {
                    if (holders.contains(r.id()) && !ever.containsKey(scope)) {
                        scopes.add(scope);
                    }
                });
                if (!scopes.isEmpty()) {
                    awaiting.add(new AwaitingConsent(
                            r.id(), r.facilityId(), r.name(), Masking.idNumber(r.idNumber()), List.copyOf(scopes)));
                }
            }
        }
        return awaiting;
    }
}
