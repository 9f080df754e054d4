-- A policy version now has one or more subsidy schemes (a dine-in meal subsidy and a delivery add-on, a city and a
-- charity funder), each with its own funder, dates, channels, basis, tiers, caps and minimum bill; the policy says
-- whether its schemes add up. Every existing policy becomes one scheme 'MEAL' paid by the district ('DISTRICT') with
-- the policy's own rules, so orders already placed keep their meaning.
CREATE TABLE subsidy_scheme (
  id             BIGINT        NOT NULL PRIMARY KEY,
  policy_id      BIGINT        NOT NULL,
  scheme_order   INT           NOT NULL,
  code           VARCHAR(40)   NOT NULL,
  funder         VARCHAR(32)   NOT NULL,
  name_zh        VARCHAR(50)   NOT NULL,
  effective_from DATE          NOT NULL,
  effective_to   DATE          NULL,
  channels       VARCHAR(100)  NOT NULL,
  basis          VARCHAR(16)   NOT NULL,
  daily_cap      INT           NULL,
  weekly_cap     INT           NULL,
  monthly_cap    INT           NULL,
  minimum_bill   DECIMAL(10,2) NOT NULL,
  CONSTRAINT uk_subsidy_scheme_code UNIQUE (policy_id, code),
  CONSTRAINT fk_subsidy_scheme_policy FOREIGN KEY (policy_id) REFERENCES subsidy_policy (id) ON DELETE CASCADE,
  CONSTRAINT ck_subsidy_scheme_min_bill CHECK (minimum_bill >= 0),
  CONSTRAINT ck_subsidy_scheme_caps CHECK (daily_cap >= 0 AND weekly_cap >= 0 AND monthly_cap >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subsidy_scheme_tier (
  scheme_id         BIGINT        NOT NULL,
  tier_order        INT           NOT NULL,
  code              VARCHAR(32)   NOT NULL,
  name_zh           VARCHAR(50)   NOT NULL,
  min_age           INT           NULL,
  required_statuses VARCHAR(200)  NOT NULL DEFAULT '',
  amount            DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (scheme_id, tier_order),
  CONSTRAINT fk_subsidy_scheme_tier_scheme FOREIGN KEY (scheme_id) REFERENCES subsidy_scheme (id) ON DELETE CASCADE,
  CONSTRAINT ck_subsidy_scheme_tier_amount CHECK (amount >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE subsidy_policy ADD COLUMN schemes_add_up BOOLEAN NOT NULL DEFAULT FALSE;

-- one scheme per existing policy; its id is the policy's (ids are unique per table)
INSERT INTO subsidy_scheme (id, policy_id, scheme_order, code, funder, name_zh, effective_from, effective_to, channels,
                            basis, daily_cap, weekly_cap, monthly_cap, minimum_bill)
SELECT id, id, 0, 'MEAL', 'DISTRICT', '助餐补贴', effective_from, NULL, 'DELIVERY,DINE_IN,TAKEAWAY',
       basis, daily_cap, weekly_cap, monthly_cap, minimum_bill
  FROM subsidy_policy;

INSERT INTO subsidy_scheme_tier (scheme_id, tier_order, code, name_zh, min_age, required_statuses, amount)
SELECT policy_id, tier_order, code, name_zh, min_age, required_statuses, amount FROM subsidy_tier;

DROP TABLE subsidy_tier;
ALTER TABLE subsidy_policy DROP CONSTRAINT ck_subsidy_policy_min_bill;
ALTER TABLE subsidy_policy DROP CONSTRAINT ck_subsidy_policy_caps;
ALTER TABLE subsidy_policy DROP COLUMN basis;
ALTER TABLE subsidy_policy DROP COLUMN daily_cap;
ALTER TABLE subsidy_policy DROP COLUMN weekly_cap;
ALTER TABLE subsidy_policy DROP COLUMN monthly_cap;
ALTER TABLE subsidy_policy DROP COLUMN minimum_bill;

-- Each scheme's share of an order's subsidy: the claim to each funder is the sum of its lines.
CREATE TABLE meal_order_subsidy (
  order_id    BIGINT        NOT NULL,
  scheme_code VARCHAR(40)   NOT NULL,
  funder      VARCHAR(32)   NOT NULL,
  tier_code   VARCHAR(40)   NOT NULL,
  amount      DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (order_id, scheme_code),
  CONSTRAINT fk_meal_order_subsidy_order FOREIGN KEY (order_id) REFERENCES meal_order (id) ON DELETE CASCADE,
  CONSTRAINT ck_meal_order_subsidy_amount CHECK (amount > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO meal_order_subsidy (order_id, scheme_code, funder, tier_code, amount)
SELECT id, 'MEAL', 'DISTRICT', COALESCE(tier_code, ''), subsidy FROM meal_order WHERE subsidy > 0;

-- The canteen's own price (90+ eat free, a fixed price for a group) is not government money: it is recorded on the
-- order apart from the subsidy. gross = price_rule_discount + subsidy + self_pay.
ALTER TABLE meal_order ADD COLUMN price_rule_code VARCHAR(40) NULL;
ALTER TABLE meal_order ADD COLUMN price_rule_discount DECIMAL(10,2) NOT NULL DEFAULT 0;

CREATE TABLE canteen_price_rule (
  id                BIGINT        NOT NULL PRIMARY KEY,
  canteen_id        BIGINT        NOT NULL,
  code              VARCHAR(40)   NOT NULL,
  name_zh           VARCHAR(50)   NOT NULL,
  name_en           VARCHAR(80)   NOT NULL,
  kind              VARCHAR(16)   NOT NULL,
  rule_value        DECIMAL(10,2) NOT NULL,
  min_age           INT           NULL,
  required_statuses VARCHAR(200)  NOT NULL DEFAULT '',
  channels          VARCHAR(100)  NOT NULL,
  effective_from    DATE          NOT NULL,
  effective_to      DATE          NULL,
  created_at        DATETIME(6)   NOT NULL,
  created_by        VARCHAR(64)   NOT NULL,
  CONSTRAINT uk_canteen_price_rule UNIQUE (canteen_id, code, effective_from),
  CONSTRAINT ck_canteen_price_rule_value CHECK (rule_value >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_canteen_price_rule_canteen ON canteen_price_rule (canteen_id, effective_from);
