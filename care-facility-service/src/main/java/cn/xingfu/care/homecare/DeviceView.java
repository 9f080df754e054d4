package cn.xingfu.care.homecare;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

public record DeviceView(
        long id,
        long bedId,
        DeviceType type,
        String serialNumber,
        @Nullable Instant lastHeartbeatAt,
        boolean online) {}
