-- Alerts to care managers (alert module). open_key = subject while open, NULL once resolved or
-- acknowledged, so at most one open alert per subject and facility (NULLs do not collide).
CREATE TABLE care_alert (
  id              BIGINT       NOT NULL PRIMARY KEY,
  facility_id     BIGINT       NOT NULL,
  kind            VARCHAR(32)  NOT NULL,
  subject         VARCHAR(200) NOT NULL,
  open_key        VARCHAR(200) NULL,
  message_zh      VARCHAR(500) NOT NULL,
  message_en      VARCHAR(500) NOT NULL,
  raised_at       DATETIME(6)  NOT NULL,
  resolved_at     DATETIME(6)  NULL,
  acknowledged_at DATETIME(6)  NULL,
  acknowledged_by VARCHAR(64)  NULL,
  CONSTRAINT uk_care_alert_open UNIQUE (facility_id, open_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_alert_subject ON care_alert (facility_id, subject);
