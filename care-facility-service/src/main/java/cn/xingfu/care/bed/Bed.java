package cn.xingfu.care.bed;

import cn.xingfu.care.shared.crypto.Encrypted;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A bed. Its status is changed only by the conditional updates in {@link Beds}, so the database decides
 * who wins when two admissions race for it; the entity itself never writes the status back.
 */
@Entity
@Table(name = "bed")
class Bed {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "room_id")
    private @Nullable Long roomId;

    @Column(nullable = false, length = 40)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "bed_type", nullable = false, length = 32)
    private BedType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, insertable = true, updatable = false)
    private BedStatus status;

    @Column(name = "reserved_for", updatable = false)
    private @Nullable Long reservedFor;

    @Convert(converter = Encrypted.class)
    @Column(name = "home_address", length = 1000)
    private @Nullable String homeAddress;

    @Column(name = "in_service_from", nullable = false)
    private LocalDate inServiceFrom;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Bed() {}

    Bed(
            long id,
            long facilityId,
            @Nullable Long roomId,
            String label,
            BedType type,
            @Nullable String homeAddress,
            LocalDate inServiceFrom,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.roomId = roomId;
        this.label = label;
        this.type = type;
        this.status = BedStatus.VACANT;
        this.homeAddress = homeAddress;
        this.inServiceFrom = inServiceFrom;
        this.createdAt = now;
    }

    BedView view() {
        return new BedView(
                id, facilityId, roomId, label, type, status, reservedFor, homeAddress, inServiceFrom, version);
    }

    long id() {
        return id;
    }

    long facilityId() {
        return facilityId;
    }

    @Nullable
    Long roomId() {
        return roomId;
    }

    BedType type() {
        return type;
    }

    BedStatus status() {
        return status;
    }

    LocalDate inServiceFrom() {
        return inServiceFrom;
    }
}
