package cn.xingfu.care.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One heartbeat of a device, kept so a past date is judged by the heartbeats known then. */
@Entity
@Table(name = "home_care_heartbeat")
class DeviceHeartbeat {

    @Id
    private Long id;

    @Column(name = "device_id", nullable = false)
    private long deviceId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected DeviceHeartbeat() {}

    DeviceHeartbeat(long id, long deviceId, Instant receivedAt) {
        this.id = id;
        this.deviceId = deviceId;
        this.receivedAt = receivedAt;
    }
}
