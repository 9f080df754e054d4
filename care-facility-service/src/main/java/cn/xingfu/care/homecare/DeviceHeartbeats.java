package cn.xingfu.care.homecare;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeviceHeartbeats extends JpaRepository<DeviceHeartbeat, Long> {

    /** Each device's last heartbeat at or before {@code at}; devices that had none are absent. */
    @Query("select new cn.xingfu.care.homecare.DeviceHeartbeats$LastHeartbeat(h.deviceId, max(h.receivedAt))"
            + " from DeviceHeartbeat h where h.deviceId in :deviceIds and h.receivedAt <= :at group by h.deviceId")
    List<LastHeartbeat> lastAtOrBefore(Collection<Long> deviceIds, Instant at);

    record LastHeartbeat(long deviceId, Instant at) {}
}
