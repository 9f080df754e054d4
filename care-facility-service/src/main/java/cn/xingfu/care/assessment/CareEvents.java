package cn.xingfu.care.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CareEvents extends JpaRepository<CareEvent, Long> {

    List<CareEvent> findByResidentIdOrderByOccurredOnDesc(long residentId);

    @Modifying
    @Query("update CareEvent e set e.note = null where e.residentId = :residentId")
    int clearNotesOf(long residentId);
}
