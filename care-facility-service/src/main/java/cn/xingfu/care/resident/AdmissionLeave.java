package cn.xingfu.care.resident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A temporary absence; the bed stays held (and counted occupied). */
@Entity
@Table(name = "admission_leave")
class AdmissionLeave {

    @Id
    private Long id;

    @Column(name = "admission_id", nullable = false)
    private long admissionId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "expected_return")
    private @Nullable LocalDate expectedReturn;

    @Column(name = "returned_on")
    private @Nullable LocalDate returnedOn;

    @Column(nullable = false, length = 200)
    private String reason;

    protected AdmissionLeave() {}

    AdmissionLeave(long id, long admissionId, LocalDate startDate, @Nullable LocalDate expectedReturn, String reason) {
        this.id = id;
        this.admissionId = admissionId;
        this.startDate = startDate;
        this.expectedReturn = expectedReturn;
        this.reason = reason;
    }

    void returned(LocalDate on) {
        this.returnedOn = on.isBefore(startDate) ? startDate : on;
    }
}
