-- Outbox of notices to canteen-service (canteenlink module): written in the transaction of the admission or
-- discharge, sent by a scheduled job until canteen-service answers. The ID number travels only as a keyed hash.
CREATE TABLE canteen_notice (
  id                BIGINT        NOT NULL PRIMARY KEY,
  admission_id      BIGINT        NOT NULL,
  kind              VARCHAR(16)   NOT NULL,
  event_date        DATE          NOT NULL,
  id_number_hash    VARCHAR(64)   NOT NULL,
  birth_date        DATE          NOT NULL,
  facility_name     VARCHAR(200)  NOT NULL,
  discharge_reason  VARCHAR(32)   NULL,
  status            VARCHAR(16)   NOT NULL,
  attempts          INT           NOT NULL,
  next_attempt_at   DATETIME(6)   NOT NULL,
  last_error        VARCHAR(300)  NULL,
  created_at        DATETIME(6)   NOT NULL,
  sent_at           DATETIME(6)   NULL,
  CONSTRAINT uk_canteen_notice UNIQUE (admission_id, kind)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_canteen_notice_pending ON canteen_notice (status, next_attempt_at);
