package cn.xingfu.care.resident;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionLeaves extends JpaRepository<AdmissionLeave, Long> {

    Optional<AdmissionLeave> findFirstByAdmissionIdAndReturnedOnIsNull(long admissionId);
}
