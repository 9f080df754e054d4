package cn.xingfu.care.resident;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Admissions extends JpaRepository<Admission, Long> {

    @Modifying
    @Query("update Admission a set a.note = null where a.residentId = :residentId")
    int clearNotesOf(long residentId);

    List<Admission> findByResidentIdAndStatusIn(long residentId, Collection<AdmissionStatus> statuses);

    List<Admission> findByFacilityIdAndStatusInOrderByRequestedOn(
            long facilityId, Collection<AdmissionStatus> statuses);

    List<Admission> findByResidentIdOrderByRequestedOn(long residentId);
}
