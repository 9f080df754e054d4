package cn.xingfu.care.resident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AdmissionEvents extends JpaRepository<AdmissionEvent, Long> {

    /** The stay history copies the admission's note into its events: those go with it. */
    @Modifying
    @Query("update AdmissionEvent e set e.note = null"
            + " where e.admissionId in (select a.id from Admission a where a.residentId = :residentId)")
    int clearNotesOf(long residentId);

    List<AdmissionEvent> findByAdmissionIdOrderByRecordedAt(long admissionId);
}
