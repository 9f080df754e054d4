package cn.xingfu.care.homecare;

import cn.xingfu.care.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A service visit at the home. */
@Entity
@Table(name = "home_visit")
class HomeVisit {

    @Id
    private Long id;

    @Column(name = "bed_id", nullable = false)
    private long bedId;

    @Column(name = "visit_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 60)
    private String visitor;

    @Column(nullable = false, length = 300)
    private String services;

    @Column(name = "duration_minutes", nullable = false)
    private int minutes;

    @Convert(converter = Encrypted.class)
    @Column(length = 2200)
    private @Nullable String note;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HomeVisit() {}

    HomeVisit(
            long id,
            long bedId,
            LocalDate date,
            String visitor,
            String services,
            int minutes,
            @Nullable String note,
            String by,
            Instant now) {
        this.id = id;
        this.bedId = bedId;
        this.date = date;
        this.visitor = visitor;
        this.services = services;
        this.minutes = minutes;
        this.note = note;
        this.recordedBy = by;
        this.createdAt = now;
    }

    VisitView view() {
        return new VisitView(id, bedId, date, visitor, services, minutes, note);
    }

    long bedId() {
        return bedId;
    }

    LocalDate date() {
        return date;
    }
}
