-- Food safety (foodsafety module): dated per-district rules, sample retention (留样) per dish per meal, sample
-- fridges and their temperature log, alerts, and each canteen's food handlers with their annual health certificates
-- and duty roster. Defaults when a district has no row: 125 g, 48 h, 0-8 °C, certificates valid 365 days.
CREATE TABLE food_safety_rule (
  id                     BIGINT        NOT NULL PRIMARY KEY,
  district_code          VARCHAR(6)    NOT NULL,
  effective_from         DATE          NOT NULL,
  effective_to           DATE          NULL,
  min_sample_grams       DECIMAL(6,1)  NOT NULL,
  retention_hours        INT           NOT NULL,
  fridge_min_celsius     DECIMAL(4,1)  NOT NULL,
  fridge_max_celsius     DECIMAL(4,1)  NOT NULL,
  certificate_valid_days INT           NOT NULL,
  created_at             DATETIME(6)   NOT NULL,
  created_by             VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_food_safety_rule UNIQUE (district_code, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sample_fridge (
  id          BIGINT        NOT NULL PRIMARY KEY,
  canteen_id  BIGINT        NOT NULL,
  name        VARCHAR(50)   NOT NULL,
  active      BOOLEAN       NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uk_sample_fridge_name UNIQUE (canteen_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE food_sample (
  id            BIGINT        NOT NULL PRIMARY KEY,
  canteen_id    BIGINT        NOT NULL,
  service_date  DATE          NOT NULL,
  meal_period   VARCHAR(16)   NOT NULL,
  menu_item_id  BIGINT        NOT NULL,
  dish_name     VARCHAR(100)  NOT NULL,
  weight_grams  DECIMAL(6,1)  NOT NULL,
  taken_at      DATETIME(6)   NOT NULL,
  taken_by      VARCHAR(64)   NOT NULL,
  fridge_id     BIGINT        NOT NULL,
  keep_until    DATETIME(6)   NOT NULL,
  discarded_at  DATETIME(6)   NULL,
  discarded_by  VARCHAR(64)   NULL,
  CONSTRAINT uk_food_sample_dish UNIQUE (menu_item_id),
  CONSTRAINT fk_food_sample_fridge FOREIGN KEY (fridge_id) REFERENCES sample_fridge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_food_sample_meal ON food_sample (canteen_id, service_date, meal_period);

CREATE TABLE fridge_reading (
  id         BIGINT        NOT NULL PRIMARY KEY,
  fridge_id  BIGINT        NOT NULL,
  read_at    DATETIME(6)   NOT NULL,
  celsius    DECIMAL(4,1)  NOT NULL,
  read_by    VARCHAR(64)   NOT NULL,
  in_range   BOOLEAN       NOT NULL,
  CONSTRAINT fk_fridge_reading_fridge FOREIGN KEY (fridge_id) REFERENCES sample_fridge (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_fridge_reading_fridge ON fridge_reading (fridge_id, read_at);

-- One alert per kind and subject (a dish of a meal, a sample, a reading): raising it again changes nothing
CREATE TABLE food_safety_alert (
  id           BIGINT        NOT NULL PRIMARY KEY,
  canteen_id   BIGINT        NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  subject      VARCHAR(64)   NOT NULL,
  detail_zh    VARCHAR(300)  NOT NULL,
  detail_en    VARCHAR(300)  NOT NULL,
  raised_at    DATETIME(6)   NOT NULL,
  resolved_at  DATETIME(6)   NULL,
  resolved_by  VARCHAR(64)   NULL,
  resolution   VARCHAR(300)  NULL,
  CONSTRAINT uk_food_safety_alert UNIQUE (kind, subject)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_food_safety_alert_open ON food_safety_alert (canteen_id, resolved_at, raised_at);

CREATE TABLE food_handler (
  id          BIGINT        NOT NULL PRIMARY KEY,
  canteen_id  BIGINT        NOT NULL,
  name        VARCHAR(50)   NOT NULL,
  active      BOOLEAN       NOT NULL,
  created_at  DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_food_handler_canteen ON food_handler (canteen_id, active);

CREATE TABLE food_handler_certificate (
  id           BIGINT        NOT NULL PRIMARY KEY,
  handler_id   BIGINT        NOT NULL,
  number       VARCHAR(50)   NOT NULL,
  issuer       VARCHAR(100)  NOT NULL,
  issued_on    DATE          NOT NULL,
  valid_until  DATE          NOT NULL,
  recorded_at  DATETIME(6)   NOT NULL,
  recorded_by  VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_food_handler_certificate UNIQUE (issuer, number),
  CONSTRAINT fk_certificate_handler FOREIGN KEY (handler_id) REFERENCES food_handler (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_handler ON food_handler_certificate (handler_id, valid_until);

CREATE TABLE food_handler_duty (
  id           BIGINT        NOT NULL PRIMARY KEY,
  handler_id   BIGINT        NOT NULL,
  canteen_id   BIGINT        NOT NULL,
  duty_date    DATE          NOT NULL,
  meal_period  VARCHAR(16)   NOT NULL,
  assigned_at  DATETIME(6)   NOT NULL,
  assigned_by  VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_food_handler_duty UNIQUE (handler_id, duty_date, meal_period),
  CONSTRAINT fk_duty_handler FOREIGN KEY (handler_id) REFERENCES food_handler (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_food_handler_duty_day ON food_handler_duty (canteen_id, duty_date, meal_period);
