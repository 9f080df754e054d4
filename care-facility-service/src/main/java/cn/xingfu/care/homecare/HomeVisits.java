package cn.xingfu.care.homecare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HomeVisits extends JpaRepository<HomeVisit, Long> {

    List<HomeVisit> findByBedIdInAndDateBetween(Collection<Long> bedIds, LocalDate from, LocalDate to);

    List<HomeVisit> findByBedIdOrderByDateDesc(long bedId);
}
