package cn.xingfu.care.homecare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HomeVisits extends JpaRepository<HomeVisit, Long> {

    List<HomeVisit> findByBedIdInAndDateBetween(Collection<Long> bedIds, LocalDate from, LocalDate to);

    List<HomeVisit> findByBedIdOrderByDateDesc(long bedId);

    @Modifying
    @Query("update HomeVisit v set v.note = null where v.bedId = :bedId and v.date between :from and :to")
    int clearNotes(long bedId, LocalDate from, LocalDate to);
}
