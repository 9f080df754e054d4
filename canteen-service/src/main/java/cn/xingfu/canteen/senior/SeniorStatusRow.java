package cn.xingfu.canteen.senior;

import cn.xingfu.kernel.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One eligibility status period of a senior, as imported or recorded with its source. */
@Entity
@Table(name = "senior_status")
class SeniorStatusRow {

    @Id
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "senior_id")
    private Senior senior;

    @Convert(converter = EncryptedStatus.class)
    @Column(nullable = false, length = 120)
    private EligibilityStatus status;

    @Column(nullable = false, length = 100)
    private String source;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private @Nullable LocalDate validTo;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected SeniorStatusRow() {}

    SeniorStatusRow(Senior senior, StatusPeriod period, Instant at, String by) {
        this.id = Ids.next();
        this.senior = senior;
        this.status = period.status();
        this.source = period.source();
        this.validFrom = period.validFrom();
        this.validTo = period.validTo();
        this.recordedAt = at;
        this.recordedBy = by;
    }

    StatusPeriod toPeriod() {
        return new StatusPeriod(status, source, validFrom, validTo);
    }
}
