package cn.xingfu.care.bed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period a bed was out of service (to_date exclusive; open while null). */
@Entity
@Table(name = "bed_outage")
class BedOutage {

    @Id
    private Long id;

    @Column(name = "bed_id", nullable = false)
    private long bedId;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private @Nullable LocalDate to;

    @Column(nullable = false, length = 200)
    private String reason;

    protected BedOutage() {}

    BedOutage(long id, long bedId, LocalDate from, String reason) {
        this.id = id;
        this.bedId = bedId;
        this.from = from;
        this.reason = reason;
    }

    void end(LocalDate on) {
        this.to = on.isBefore(from) ? from : on;
    }

    /** Out of service on {@code day}: from its first day up to, not including, its end. */
    boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || day.isBefore(to));
    }

    long bedId() {
        return bedId;
    }

    LocalDate from() {
        return from;
    }

    @Nullable
    LocalDate to() {
        return to;
    }
}
