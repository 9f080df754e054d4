-- Service calendar of each canteen (site module): the weekdays it normally serves, and dated exceptions:
-- closure days (holidays, repairs) and make-up working days (调休) on a normally closed weekday, which serve
-- as the named weekday for standing orders. No row in canteen_service_week = open every day.
CREATE TABLE canteen_service_week (
  canteen_id  BIGINT       NOT NULL PRIMARY KEY,
  open_days   VARCHAR(80)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  updated_by  VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_service_week_canteen FOREIGN KEY (canteen_id) REFERENCES canteen (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE canteen_calendar_day (
  canteen_id    BIGINT        NOT NULL,
  service_date  DATE          NOT NULL,
  kind          VARCHAR(16)   NOT NULL,
  serves_as     VARCHAR(10)   NULL,
  reason_zh     VARCHAR(100)  NOT NULL,
  reason_en     VARCHAR(100)  NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  created_by    VARCHAR(64)   NOT NULL,
  PRIMARY KEY (canteen_id, service_date),
  CONSTRAINT fk_calendar_day_canteen FOREIGN KEY (canteen_id) REFERENCES canteen (id) ON DELETE CASCADE,
  CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('CLOSED', 'MAKE_UP'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
