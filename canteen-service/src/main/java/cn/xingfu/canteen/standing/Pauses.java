package cn.xingfu.canteen.standing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Pauses extends JpaRepository<Pause, Long> {

    @Query("""
            select p from Pause p where p.seniorId = ?1 and p.startsOn <= ?3 and (p.endsOn is null or p.endsOn >= ?2)
            order by p.startsOn""")
    List<Pause> overlapping(long seniorId, LocalDate from, LocalDate to);

    @Query("""
            select p from Pause p where p.seniorId in ?1 and p.startsOn <= ?3 and (p.endsOn is null or p.endsOn >= ?2)
            order by p.seniorId, p.startsOn""")
    List<Pause> overlapping(Collection<Long> seniorIds, LocalDate from, LocalDate to);

    @Query("""
            select p from Pause p where p.startsOn <= ?2 and (p.endsOn is null or p.endsOn >= ?1)
            order by p.seniorId, p.startsOn""")
    List<Pause> overlappingAll(LocalDate from, LocalDate to);

    List<Pause> findBySeniorIdOrderByStartsOnDesc(long seniorId);

    Optional<Pause> findBySourceAndSourceRef(PauseSource source, String sourceRef);
}
