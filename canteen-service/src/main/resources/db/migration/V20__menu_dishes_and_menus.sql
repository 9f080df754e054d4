-- Dishes of the district kitchen catalogue (menu module). Allergens and tags: comma-separated enum names.
CREATE TABLE dish (
  id           BIGINT        NOT NULL PRIMARY KEY,
  name         VARCHAR(50)   NOT NULL,
  name_en      VARCHAR(100)  NOT NULL,
  price        DECIMAL(10,2) NOT NULL,
  category     VARCHAR(16)   NOT NULL,
  allergens    VARCHAR(200)  NOT NULL DEFAULT '',
  dietary_tags VARCHAR(200)  NOT NULL DEFAULT '',
  texture      VARCHAR(16)   NOT NULL,
  active       BOOLEAN       NOT NULL DEFAULT TRUE,
  version      BIGINT        NOT NULL DEFAULT 0,
  created_at   DATETIME(6)   NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uk_dish_name UNIQUE (name),
  CONSTRAINT ck_dish_price CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One menu per canteen, service date and meal period: DRAFT, then PUBLISHED
CREATE TABLE daily_menu (
  id           BIGINT       NOT NULL PRIMARY KEY,
  canteen_id   BIGINT       NOT NULL,
  service_date DATE         NOT NULL,
  meal_period  VARCHAR(16)  NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  published_at DATETIME(6)  NULL,
  published_by VARCHAR(64)  NULL,
  version      BIGINT       NOT NULL DEFAULT 0,
  created_at   DATETIME(6)  NOT NULL,
  CONSTRAINT uk_daily_menu UNIQUE (canteen_id, service_date, meal_period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A dish on one menu. Price is fixed when the dish is put on the menu (orders copy it); portions_left is
-- the hot row of the lunch rush and only ever changed by conditional UPDATEs.
CREATE TABLE menu_item (
  id              BIGINT        NOT NULL PRIMARY KEY,
  menu_id         BIGINT        NOT NULL,
  canteen_id      BIGINT        NOT NULL,
  service_date    DATE          NOT NULL,
  meal_period     VARCHAR(16)   NOT NULL,
  dish_id         BIGINT        NOT NULL,
  price           DECIMAL(10,2) NOT NULL,
  price_overridden BOOLEAN      NOT NULL DEFAULT FALSE,
  portions_total  INT           NOT NULL,
  portions_left   INT           NOT NULL,
  removed         BOOLEAN       NOT NULL DEFAULT FALSE,
  CONSTRAINT uk_menu_item_dish UNIQUE (menu_id, dish_id),
  CONSTRAINT fk_menu_item_menu FOREIGN KEY (menu_id) REFERENCES daily_menu (id),
  CONSTRAINT fk_menu_item_dish FOREIGN KEY (dish_id) REFERENCES dish (id),
  CONSTRAINT ck_menu_item_left CHECK (portions_left >= 0),
  CONSTRAINT ck_menu_item_total CHECK (portions_total >= 0),
  CONSTRAINT ck_menu_item_price CHECK (price >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every change to a published menu: who, when, what, before and after
CREATE TABLE menu_change_log (
  id           BIGINT       NOT NULL PRIMARY KEY,
  menu_id      BIGINT       NOT NULL,
  menu_item_id BIGINT       NULL,
  canteen_id   BIGINT       NOT NULL,
  service_date DATE         NOT NULL,
  meal_period  VARCHAR(16)  NOT NULL,
  action       VARCHAR(32)  NOT NULL,
  dish_name    VARCHAR(50)  NULL,
  before_value VARCHAR(200) NULL,
  after_value  VARCHAR(200) NULL,
  actor_id     BIGINT       NOT NULL,
  actor_name   VARCHAR(64)  NOT NULL,
  changed_at   DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_menu_change_log_canteen ON menu_change_log (canteen_id, service_date);
