-- Delivery: volunteers and their weekly duty, planned rounds and stops, proof of delivery, welfare alerts.
CREATE TABLE volunteer (
  id               BIGINT       NOT NULL PRIMARY KEY,
  account_id       BIGINT       NULL,
  name             VARCHAR(100) NOT NULL,
  phone            VARCHAR(32)  NOT NULL,
  home_canteen_id  BIGINT       NOT NULL,
  meal_periods     VARCHAR(60)  NOT NULL,
  box_capacity     INT          NOT NULL,
  transport        VARCHAR(20)  NOT NULL,
  staff_driver     BOOLEAN      NOT NULL DEFAULT FALSE,
  active           BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_volunteer_account UNIQUE (account_id),
  CONSTRAINT ck_volunteer_capacity CHECK (box_capacity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_volunteer_canteen ON volunteer (home_canteen_id, active);

-- The standing weekly schedule: day 1 = Monday .. 7 = Sunday
CREATE TABLE volunteer_shift (
  volunteer_id  BIGINT      NOT NULL,
  day_of_week   INT         NOT NULL,
  meal_period   VARCHAR(20) NOT NULL,
  PRIMARY KEY (volunteer_id, day_of_week, meal_period),
  CONSTRAINT fk_volunteer_shift FOREIGN KEY (volunteer_id) REFERENCES volunteer (id) ON DELETE CASCADE,
  CONSTRAINT ck_volunteer_shift_day CHECK (day_of_week BETWEEN 1 AND 7)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A volunteer releases one meal of one day; another volunteer may take it
CREATE TABLE volunteer_substitution (
  id             BIGINT      NOT NULL PRIMARY KEY,
  volunteer_id   BIGINT      NOT NULL,
  canteen_id     BIGINT      NOT NULL,
  service_date   DATE        NOT NULL,
  meal_period    VARCHAR(20) NOT NULL,
  substitute_id  BIGINT      NULL,
  released_at    DATETIME(6) NOT NULL,
  taken_at       DATETIME(6) NULL,
  CONSTRAINT uk_volunteer_substitution UNIQUE (volunteer_id, service_date, meal_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_volunteer_substitution_day ON volunteer_substitution (canteen_id, service_date, meal_period);

CREATE TABLE delivery_plan (
  id              BIGINT       NOT NULL PRIMARY KEY,
  canteen_id      BIGINT       NOT NULL,
  service_date    DATE         NOT NULL,
  meal_period     VARCHAR(20)  NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  score           VARCHAR(120) NULL,
  travel_seconds  BIGINT       NOT NULL DEFAULT 0,
  unassigned      INT          NOT NULL DEFAULT 0,
  hot_window_late INT          NOT NULL DEFAULT 0,
  message         VARCHAR(300) NULL,
  started_at      DATETIME(6)  NULL,
  finished_at     DATETIME(6)  NULL,
  revision        BIGINT       NOT NULL,
  CONSTRAINT uk_delivery_plan UNIQUE (canteen_id, service_date, meal_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE delivery_round (
  id              BIGINT      NOT NULL PRIMARY KEY,
  plan_id         BIGINT      NOT NULL,
  volunteer_id    BIGINT      NOT NULL,
  box_capacity    INT         NOT NULL,
  transport       VARCHAR(20) NOT NULL,
  departure_at    DATETIME(6) NOT NULL,
  status          VARCHAR(20) NOT NULL,
  picked_up_at    DATETIME(6) NULL,
  travel_seconds  BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT uk_delivery_round UNIQUE (plan_id, volunteer_id),
  CONSTRAINT fk_delivery_round_plan FOREIGN KEY (plan_id) REFERENCES delivery_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_delivery_round_volunteer ON delivery_round (volunteer_id, status);

CREATE TABLE delivery_stop (
  id              BIGINT       NOT NULL PRIMARY KEY,
  plan_id         BIGINT       NOT NULL,
  round_id        BIGINT       NULL,
  order_id        BIGINT       NOT NULL,
  senior_id       BIGINT       NOT NULL,
  sequence_no     INT          NOT NULL DEFAULT 0,
  latitude        DOUBLE       NOT NULL,
  longitude       DOUBLE       NOT NULL,
  boxes           INT          NOT NULL,
  planned_arrival DATETIME(6)  NULL,
  status          VARCHAR(20)  NOT NULL,
  reason          VARCHAR(20)  NULL,
  note            VARCHAR(300) NULL,
  proof           VARCHAR(20)  NULL,
  card_scan_id    BIGINT       NULL,
  handed_over_at  DATETIME(6)  NULL,
  closed_by       VARCHAR(64)  NULL,
  late            BOOLEAN      NOT NULL DEFAULT FALSE,
  alerted         BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT uk_delivery_stop_order UNIQUE (order_id),
  CONSTRAINT fk_delivery_stop_plan FOREIGN KEY (plan_id) REFERENCES delivery_plan (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_delivery_stop_round ON delivery_stop (round_id, sequence_no);
CREATE INDEX ix_delivery_stop_status ON delivery_stop (status, alerted);

-- Optional photo of a failed hand-over (kept apart so stop rows stay small)
CREATE TABLE delivery_photo (
  stop_id      BIGINT      NOT NULL PRIMARY KEY,
  content_type VARCHAR(40) NOT NULL,
  bytes        LONGBLOB    NOT NULL,
  taken_at     DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE welfare_alert (
  id              BIGINT        NOT NULL PRIMARY KEY,
  canteen_id      BIGINT        NOT NULL,
  senior_id       BIGINT        NOT NULL,
  order_id        BIGINT        NOT NULL,
  stop_id         BIGINT        NOT NULL,
  reason          VARCHAR(20)   NOT NULL,
  detail          VARCHAR(300)  NULL,
  follow_up       VARCHAR(500)  NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  raised_at       DATETIME(6)   NOT NULL,
  raised_by       VARCHAR(64)   NOT NULL,
  resolved_at     DATETIME(6)   NULL,
  resolved_by     VARCHAR(64)   NULL,
  resolution      VARCHAR(500)  NULL,
  CONSTRAINT uk_welfare_alert UNIQUE (stop_id, reason)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_welfare_alert_open ON welfare_alert (canteen_id, status, raised_at);
