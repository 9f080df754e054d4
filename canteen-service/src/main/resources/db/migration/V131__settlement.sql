-- Monthly subsidy settlement per canteen: the claim to the funders, built from the orders in the background.
-- A SUBMITTED settlement is locked: its lines never change; a later refund or cancellation of one of its meals
-- becomes an ADJUSTMENT line (negative amounts) in the canteen's next settlement that is not submitted yet.
CREATE TABLE settlement (
  id              BIGINT        NOT NULL PRIMARY KEY,
  canteen_id      BIGINT        NOT NULL,
  district_code   VARCHAR(6)    NOT NULL,
  settle_month    CHAR(7)       NOT NULL,
  status          VARCHAR(16)   NOT NULL,
  steps_done      INT           NOT NULL DEFAULT 0,
  steps_total     INT           NOT NULL DEFAULT 0,
  line_count      INT           NOT NULL DEFAULT 0,
  gross_total     DECIMAL(14,2) NOT NULL DEFAULT 0,
  discount_total  DECIMAL(14,2) NOT NULL DEFAULT 0,
  subsidy_total   DECIMAL(14,2) NOT NULL DEFAULT 0,
  self_pay_total  DECIMAL(14,2) NOT NULL DEFAULT 0,
  run_started_at  DATETIME(6)   NULL,
  run_finished_at DATETIME(6)   NULL,
  run_error       VARCHAR(400)  NULL,
  run_by          VARCHAR(64)   NULL,
  submitted_at    DATETIME(6)   NULL,
  submitted_by    VARCHAR(64)   NULL,
  CONSTRAINT uk_settlement_month UNIQUE (canteen_id, settle_month)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_settlement_district ON settlement (district_code, settle_month);

CREATE TABLE settlement_line (
  settlement_id       BIGINT        NOT NULL,
  order_id            BIGINT        NOT NULL,
  kind                VARCHAR(12)   NOT NULL,
  canteen_id          BIGINT        NOT NULL,
  senior_id           BIGINT        NOT NULL,
  senior_masked_name  VARCHAR(40)   NOT NULL,
  service_date        DATE          NOT NULL,
  meal_period         VARCHAR(20)   NOT NULL,
  channel             VARCHAR(20)   NOT NULL,
  verification        VARCHAR(20)   NOT NULL,
  gross               DECIMAL(10,2) NOT NULL,
  price_rule_discount DECIMAL(10,2) NOT NULL,
  subsidy             DECIMAL(10,2) NOT NULL,
  self_pay            DECIMAL(10,2) NOT NULL,
  tier_code           VARCHAR(40)   NULL,
  policy_version      VARCHAR(40)   NOT NULL,
  PRIMARY KEY (settlement_id, order_id, kind),
  CONSTRAINT fk_settlement_line_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_settlement_line_day ON settlement_line (settlement_id, service_date);
CREATE INDEX ix_settlement_line_order ON settlement_line (order_id, kind);

CREATE TABLE settlement_share (
  settlement_id BIGINT        NOT NULL,
  order_id      BIGINT        NOT NULL,
  kind          VARCHAR(12)   NOT NULL,
  scheme_code   VARCHAR(40)   NOT NULL,
  funder        VARCHAR(32)   NOT NULL,
  tier_code     VARCHAR(40)   NOT NULL,
  service_date  DATE          NOT NULL,
  amount        DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (settlement_id, order_id, kind, scheme_code),
  CONSTRAINT fk_settlement_share_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_settlement_share_day ON settlement_share (settlement_id, service_date);
