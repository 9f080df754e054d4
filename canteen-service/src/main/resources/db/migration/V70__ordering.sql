-- Meal orders with lines copied from the menu at ordering time, a per-canteen daily number counter and
-- the status history. `meal_order` because ORDER is reserved.
CREATE TABLE meal_order (
  id                    BIGINT        NOT NULL PRIMARY KEY,
  order_number          VARCHAR(8)    NOT NULL,
  canteen_id            BIGINT        NOT NULL,
  kiosk_id              BIGINT        NULL,
  placed_by_account_id  BIGINT        NOT NULL,
  placed_by             VARCHAR(64)   NOT NULL,
  senior_id             BIGINT        NOT NULL,
  senior_masked_name    VARCHAR(40)   NOT NULL,
  card_id               BIGINT        NULL,
  scan_id               BIGINT        NULL,
  verification          VARCHAR(20)   NOT NULL,
  channel               VARCHAR(20)   NOT NULL,
  meal_period           VARCHAR(20)   NOT NULL,
  service_date          DATE          NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  payment_method        VARCHAR(20)   NOT NULL,
  payment_status        VARCHAR(20)   NOT NULL,
  gross                 DECIMAL(10,2) NOT NULL,
  subsidy               DECIMAL(10,2) NOT NULL,
  self_pay              DECIMAL(10,2) NOT NULL,
  tier_code             VARCHAR(40)   NULL,
  policy_version        VARCHAR(40)   NOT NULL,
  subsidy_reason        VARCHAR(40)   NOT NULL,
  dietary_flags         VARCHAR(200)  NOT NULL,
  allergen_confirmed_by VARCHAR(64)   NULL,
  idempotency_key       VARCHAR(100)  NOT NULL,
  request_fingerprint   VARCHAR(64)   NOT NULL,
  revision              BIGINT        NOT NULL,
  placed_at             DATETIME(6)   NOT NULL,
  updated_at            DATETIME(6)   NOT NULL,
  offline_created_at    DATETIME(6)   NULL,
  status_note           VARCHAR(200)  NULL,
  CONSTRAINT uk_meal_order_key UNIQUE (placed_by_account_id, idempotency_key),
  CONSTRAINT ck_meal_order_money CHECK (subsidy >= 0 AND self_pay >= 0 AND subsidy <= gross)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meal_order_canteen_day ON meal_order (canteen_id, service_date, meal_period, status);
CREATE INDEX ix_meal_order_senior_day ON meal_order (senior_id, service_date);
CREATE INDEX ix_meal_order_canteen_updated ON meal_order (canteen_id, updated_at);
CREATE INDEX ix_meal_order_kiosk_updated ON meal_order (kiosk_id, updated_at);

CREATE TABLE meal_order_line (
  id           BIGINT        NOT NULL PRIMARY KEY,
  order_id     BIGINT        NOT NULL,
  menu_item_id BIGINT        NOT NULL,
  dish_id      BIGINT        NOT NULL,
  name         VARCHAR(100)  NOT NULL,
  unit_price   DECIMAL(10,2) NOT NULL,
  quantity     INT           NOT NULL,
  CONSTRAINT fk_meal_order_line_order FOREIGN KEY (order_id) REFERENCES meal_order (id) ON DELETE CASCADE,
  CONSTRAINT ck_meal_order_line_quantity CHECK (quantity > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_meal_order_line_order ON meal_order_line (order_id);

CREATE TABLE order_number_counter (
  canteen_id   BIGINT NOT NULL,
  service_date DATE   NOT NULL,
  last_number  INT    NOT NULL,
  PRIMARY KEY (canteen_id, service_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_status_change (
  id          BIGINT       NOT NULL PRIMARY KEY,
  order_id    BIGINT       NOT NULL,
  from_status VARCHAR(20)  NOT NULL,
  to_status   VARCHAR(20)  NOT NULL,
  changed_at  DATETIME(6)  NOT NULL,
  changed_by  VARCHAR(64)  NOT NULL,
  note        VARCHAR(200) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_order_status_change_order ON order_status_change (order_id, changed_at);
