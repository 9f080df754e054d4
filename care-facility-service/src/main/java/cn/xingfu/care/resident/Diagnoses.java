package cn.xingfu.care.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Diagnoses extends JpaRepository<Diagnosis, Long> {

    List<Diagnosis> findByResidentIdOrderByDiagnosedOn(long residentId);

    void deleteByResidentId(long residentId);
}
