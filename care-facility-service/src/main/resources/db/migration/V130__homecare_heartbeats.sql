-- Heartbeat history of home-care devices, so the activity of a bed on a past date uses the heartbeats
-- known on that date (not the latest one). The last heartbeat known so far becomes the first row.
CREATE TABLE home_care_heartbeat (
  id          BIGINT      NOT NULL PRIMARY KEY,
  device_id   BIGINT      NOT NULL,
  received_at DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_home_care_heartbeat_device ON home_care_heartbeat (device_id, received_at);

INSERT INTO home_care_heartbeat (id, device_id, received_at)
SELECT id, id, last_heartbeat_at FROM home_care_device WHERE last_heartbeat_at IS NOT NULL;
