package cn.xingfu.canteen.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Instants are stored as UTC wall-clock {@code DATETIME(6)} ({@code hibernate.jdbc.time_zone=UTC}). Plain-JDBC
 * writers of tables that JPA also reads bind through here, so both agree whatever the JVM's time zone is.
 */
public final class DbTime {

    private DbTime() {}

    public static @Nullable LocalDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
