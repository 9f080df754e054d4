-- Canteens (帅乡幸福食堂 sites) of a district and their meal windows (site module)
CREATE TABLE canteen (
  id            BIGINT        NOT NULL PRIMARY KEY,
  code          VARCHAR(32)   NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  town          VARCHAR(50)   NOT NULL,
  district_code VARCHAR(6)    NOT NULL,
  address       VARCHAR(200)  NOT NULL,
  latitude      DECIMAL(9,6)  NOT NULL,
  longitude     DECIMAL(9,6)  NOT NULL,
  active        BOOLEAN       NOT NULL DEFAULT TRUE,
  version       BIGINT        NOT NULL DEFAULT 0,
  created_at    DATETIME(6)   NOT NULL,
  updated_at    DATETIME(6)   NOT NULL,
  CONSTRAINT uk_canteen_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_canteen_district ON canteen (district_code);

-- When a canteen serves one meal and until when each channel may order it (local Beijing time)
CREATE TABLE canteen_meal_window (
  canteen_id      BIGINT      NOT NULL,
  meal_period     VARCHAR(16) NOT NULL,
  serve_from      TIME        NOT NULL,
  serve_until     TIME        NOT NULL,
  dine_in_cutoff  TIME        NOT NULL,
  takeaway_cutoff TIME        NOT NULL,
  delivery_cutoff TIME        NOT NULL,
  PRIMARY KEY (canteen_id, meal_period),
  CONSTRAINT fk_meal_window_canteen FOREIGN KEY (canteen_id) REFERENCES canteen (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
