-- One row per cache name: an instance that evicts or clears a cache adds one to its generation; every instance polls
-- the table and clears its own copy of a cache whose generation moved (caches are per instance, the database is not).
CREATE TABLE cache_generation (
  name        VARCHAR(64) NOT NULL PRIMARY KEY,
  generation  BIGINT      NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
