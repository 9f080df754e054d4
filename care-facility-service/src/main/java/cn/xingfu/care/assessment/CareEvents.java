package cn.xingfu.care.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareEvents extends JpaRepository<CareEvent, Long> {

    List<CareEvent> findByResidentIdOrderByOccurredOnDesc(long residentId);
}
