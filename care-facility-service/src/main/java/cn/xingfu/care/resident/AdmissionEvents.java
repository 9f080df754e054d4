package cn.xingfu.care.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionEvents extends JpaRepository<AdmissionEvent, Long> {

    List<AdmissionEvent> findByAdmissionIdOrderByRecordedAt(long admissionId);
}
