-- Dated, per-district meal-subsidy policy versions (subsidy module). A version never changes once created,
-- except that a newer version closes it (effective_to). Status sets: comma-separated enum names.
CREATE TABLE subsidy_policy (
  id                    BIGINT        NOT NULL PRIMARY KEY,
  district_code         VARCHAR(6)    NOT NULL,
  version               VARCHAR(32)   NOT NULL,
  label                 VARCHAR(200)  NOT NULL,
  effective_from        DATE          NOT NULL,
  effective_to          DATE          NULL,
  basis                 VARCHAR(16)   NOT NULL,
  daily_cap             INT           NULL,
  weekly_cap            INT           NULL,
  monthly_cap           INT           NULL,
  minimum_bill          DECIMAL(10,2) NOT NULL,
  delivery_statuses     VARCHAR(200)  NOT NULL DEFAULT '',
  delivery_min_age      INT           NULL,
  delivery_age_statuses VARCHAR(200)  NOT NULL DEFAULT '',
  created_at            DATETIME(6)   NOT NULL,
  created_by            VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_subsidy_policy_version UNIQUE (district_code, version),
  CONSTRAINT ck_subsidy_policy_min_bill CHECK (minimum_bill >= 0),
  CONSTRAINT ck_subsidy_policy_caps CHECK (daily_cap >= 0 AND weekly_cap >= 0 AND monthly_cap >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_subsidy_policy_district ON subsidy_policy (district_code, effective_from);

CREATE TABLE subsidy_tier (
  policy_id         BIGINT        NOT NULL,
  tier_order        INT           NOT NULL,
  code              VARCHAR(32)   NOT NULL,
  name_zh           VARCHAR(50)   NOT NULL,
  min_age           INT           NULL,
  required_statuses VARCHAR(200)  NOT NULL DEFAULT '',
  amount            DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (policy_id, tier_order),
  CONSTRAINT fk_subsidy_tier_policy FOREIGN KEY (policy_id) REFERENCES subsidy_policy (id) ON DELETE CASCADE,
  CONSTRAINT ck_subsidy_tier_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
