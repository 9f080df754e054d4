package cn.xingfu.care.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Residents extends JpaRepository<Resident, Long> {

    List<Resident> findByFacilityIdOrderByName(long facilityId);

    Optional<Resident> findByIdNumberIndex(String idNumberIndex);

    /**
     * Not yet anonymised, with no open admission and no discharge on or after the cutoff, and either a stay that
     * ended before the cutoff or a registration before it: the records whose retention may have run out (other
     * agreements are checked one by one). {@code facilityId} null = every facility; pages by id.
     */
    @Query("""
            select r from Resident r
            where r.anonymisedOn is null and r.id > :after
              and (:facilityId is null or r.facilityId = :facilityId)
              and not exists (select a from Admission a where a.residentId = r.id
                              and (a.status in :open or a.dischargedOn >= :cutoff or a.requestedOn >= :cutoff))
              and (r.createdAt < :registeredBefore
                   or exists (select a from Admission a where a.residentId = r.id and a.requestedOn < :cutoff))
            order by r.id""")
    List<Resident> retentionCandidates(
            @Nullable Long facilityId,
            long after,
            Instant registeredBefore,
            LocalDate cutoff,
            Collection<AdmissionStatus> open,
            Limit limit);
}
