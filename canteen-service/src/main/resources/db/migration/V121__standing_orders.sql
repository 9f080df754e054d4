-- Standing orders (standing module): a senior's default weekly pattern for one meal, the pauses that suspend
-- it (and cancel orders already placed in the paused days), and one run row per generated slot. The unique key on
-- standing_run is the claim that makes generation exactly-once across retries and instances; the order itself
-- is placed with the idempotency key "standing:<run>" so a resumed claim can only find the first order.
CREATE TABLE standing_order (
  id              BIGINT        NOT NULL PRIMARY KEY,
  senior_id       BIGINT        NOT NULL,
  canteen_id      BIGINT        NOT NULL,
  meal_period     VARCHAR(16)   NOT NULL,
  channel         VARCHAR(20)   NOT NULL,
  payment_method  VARCHAR(20)   NOT NULL,
  weekdays        VARCHAR(80)   NOT NULL,
  categories      VARCHAR(200)  NOT NULL,
  starts_on       DATE          NOT NULL,
  ends_on         DATE          NULL,
  status          VARCHAR(16)   NOT NULL,
  ended_reason    VARCHAR(200)  NULL,
  created_at      DATETIME(6)   NOT NULL,
  created_by      VARCHAR(64)   NOT NULL,
  updated_at      DATETIME(6)   NOT NULL,
  version         BIGINT        NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_standing_order_canteen ON standing_order (canteen_id, status, meal_period);
CREATE INDEX ix_standing_order_senior ON standing_order (senior_id, status);

-- A senior away (hospital, family, care institution): no standing orders, placed orders cancelled. Queryable
-- by senior and date for the anti-fraud report. source_ref identifies a care-facility stay (idempotent notices).
CREATE TABLE standing_pause (
  id          BIGINT        NOT NULL PRIMARY KEY,
  senior_id   BIGINT        NOT NULL,
  starts_on   DATE          NOT NULL,
  ends_on     DATE          NULL,
  reason      VARCHAR(20)   NOT NULL,
  note        VARCHAR(200)  NULL,
  source      VARCHAR(20)   NOT NULL,
  source_ref  VARCHAR(64)   NULL,
  created_at  DATETIME(6)   NOT NULL,
  created_by  VARCHAR(64)   NOT NULL,
  updated_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uk_standing_pause_source UNIQUE (source, source_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_standing_pause_senior ON standing_pause (senior_id, starts_on);
CREATE INDEX ix_standing_pause_dates ON standing_pause (starts_on, ends_on);

CREATE TABLE standing_run (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  standing_order_id  BIGINT        NOT NULL,
  senior_id          BIGINT        NOT NULL,
  canteen_id         BIGINT        NOT NULL,
  service_date       DATE          NOT NULL,
  meal_period        VARCHAR(16)   NOT NULL,
  outcome            VARCHAR(16)   NOT NULL,
  items              VARCHAR(400)  NOT NULL,
  order_id           BIGINT        NULL,
  code               VARCHAR(60)   NULL,
  message_zh         VARCHAR(300)  NULL,
  message_en         VARCHAR(300)  NULL,
  attempts           INT           NOT NULL,
  first_attempt_at   DATETIME(6)   NOT NULL,
  last_attempt_at    DATETIME(6)   NOT NULL,
  CONSTRAINT uk_standing_run_slot UNIQUE (standing_order_id, service_date, meal_period),
  CONSTRAINT ck_standing_run_outcome CHECK (outcome IN ('PENDING', 'PLACED', 'FAILED'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_standing_run_day ON standing_run (canteen_id, service_date, meal_period, outcome);
