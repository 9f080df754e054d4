package cn.xingfu.care.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A device at the home; online while its last heartbeat is recent enough. */
@Entity
@Table(name = "home_care_device")
class HomeDevice {

    @Id
    private Long id;

    @Column(name = "bed_id", nullable = false)
    private long bedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "device_type", nullable = false, length = 32)
    private DeviceType type;

    @Column(name = "serial_number", nullable = false, length = 60)
    private String serialNumber;

    @Column(name = "last_heartbeat_at")
    private @Nullable Instant lastHeartbeatAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected HomeDevice() {}

    HomeDevice(long id, long bedId, DeviceType type, String serialNumber, Instant now) {
        this.id = id;
        this.bedId = bedId;
        this.type = type;
        this.serialNumber = serialNumber;
        this.createdAt = now;
    }

    void heartbeat(Instant at) {
        if (lastHeartbeatAt == null || at.isAfter(lastHeartbeatAt)) {
            lastHeartbeatAt = at;
        }
    }

    boolean onlineAt(Instant now, Duration tolerance) {
        return lastHeartbeatAt != null && !lastHeartbeatAt.isBefore(now.minus(tolerance));
    }

    DeviceView view(Instant now, Duration tolerance) {
        return new DeviceView(id, bedId, type, serialNumber, lastHeartbeatAt, onlineAt(now, tolerance));
    }

    long id() {
        return id;
    }

    long bedId() {
        return bedId;
    }

    Instant installedAt() {
        return createdAt;
    }
}
