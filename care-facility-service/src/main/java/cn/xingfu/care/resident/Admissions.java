package cn.xingfu.care.resident;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Admissions extends JpaRepository<Admission, Long> {

    List<Admission> findByResidentIdAndStatusIn(long residentId, Collection<AdmissionStatus> statuses);

    List<Admission> findByFacilityIdAndStatusInOrderByRequestedOn(
            long facilityId, Collection<AdmissionStatus> statuses);

    List<Admission> findByResidentIdOrderByRequestedOn(long residentId);
}
