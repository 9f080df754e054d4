package cn.xingfu.care.bed;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface BedOutages extends JpaRepository<BedOutage, Long> {

    List<BedOutage> findByBedIdIn(Collection<Long> bedIds);

    Optional<BedOutage> findFirstByBedIdAndToIsNull(long bedId);
}
