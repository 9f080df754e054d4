-- Logins of staff, kiosk devices and volunteers (shared.security)
CREATE TABLE account (
  id            BIGINT       NOT NULL PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  role          VARCHAR(32)  NOT NULL,
  canteen_id    BIGINT       NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_account_canteen ON account (canteen_id, role);

-- Spring Modulith event publication registry: events wait here until every listener has handled them
CREATE TABLE event_publication (
  id                     BINARY(16)    NOT NULL PRIMARY KEY,
  listener_id            VARCHAR(512)  NOT NULL,
  event_type             VARCHAR(512)  NOT NULL,
  serialized_event       VARCHAR(4000) NOT NULL,
  publication_date       DATETIME(6)   NOT NULL,
  completion_date        DATETIME(6)   NULL,
  status                 VARCHAR(20)   NULL,
  completion_attempts    INT           NULL,
  last_resubmission_date DATETIME(6)   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
