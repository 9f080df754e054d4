-- How the pickup board of a canteen calls a ready number aloud: on or off, which voice, how many times.
CREATE TABLE canteen_board_calls (
  canteen_id   BIGINT       NOT NULL PRIMARY KEY,
  announce     BOOLEAN      NOT NULL DEFAULT TRUE,
  voice        VARCHAR(100) NOT NULL DEFAULT '',
  repeat_count INT          NOT NULL DEFAULT 2,
  updated_at   DATETIME(6)  NOT NULL,
  updated_by   VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_board_calls_canteen FOREIGN KEY (canteen_id) REFERENCES canteen (id) ON DELETE CASCADE,
  CONSTRAINT ck_board_calls_repeat CHECK (repeat_count BETWEEN 1 AND 3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
