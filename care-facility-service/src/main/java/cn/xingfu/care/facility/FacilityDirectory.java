package cn.xingfu.care.facility;

import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The facilities of the district: lookup for other modules, registration for district administrators. */
@Service
public class FacilityDirectory {

    private final Facilities facilities;
    private final Clock clock;

    FacilityDirectory(Facilities facilities, Clock clock) {
        this.clock = clock;
        this.facilities = facilities;
    }

    /** The facility, or FACILITY_NOT_FOUND (404). */
    @Transactional(readOnly = true)
    public FacilityView get(long id) {
        return find(id).view();
    }

    @Transactional(readOnly = true)
    public Optional<FacilityView> findByName(String district, String name) {
        return facilities.findByDistrictAndName(district, name).map(Facility::view);
    }

    /** Every facility for a district administrator; a care manager's own facilities otherwise. */
    @Transactional(readOnly = true)
    public List<FacilityView> visibleTo(Actor actor) {
        List<Facility> found = actor.isDistrictAdmin()
                ? facilities.findAllByOrderByDistrictAscNameAsc()
                : facilities.findByIdInOrderByNameAsc(actor.facilityIds());
        return found.stream().map(Facility::view).toList();
    }

    @Transactional(readOnly = true)
    public FacilityView visible(Actor actor, long id) {
        FacilityView facility = get(id);
        actor.requireFacility(id);
        return facility;
    }

    @Transactional
    public FacilityView register(Actor actor, FacilityDetails details) {
        actor.requireDistrictAdmin();
        if (facilities
                .findByDistrictAndName(details.district().trim(), details.name().trim())
                .isPresent()) {
            throw DomainException.conflict(
                    "FACILITY_NAME_TAKEN", "本区已有同名机构", "A facility of this name already exists in the district");
        }
        return facilities
                .save(new Facility(Ids.next(), details, clock.instant()))
                .view();
    }

    /** A correction by a district administrator or a manager of the facility; stale versions are refused. */
    @Transactional
    public FacilityView update(Actor actor, long id, long expectedVersion, FacilityDetails details) {
        Facility facility = find(id);
        actor.requireFacility(id);
        if (facility.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("facility " + id + " changed");
        }
        facility.apply(details);
        facilities.flush();
        return facility.view();
    }

    private Facility find(long id) {
        return facilities
                .findById(id)
                .orElseThrow(
                        () -> DomainException.notFound("FACILITY_NOT_FOUND", "没有这个机构", "There is no such facility"));
    }
}
