-- Subsidised meals per senior, subsidy scheme, service date and meal period, kept in the same transaction as
-- the orders (placing adds one, cancelling takes one away) so the per-period rule and the daily, weekly and
-- monthly caps are counted from a few rows instead of a scan of past orders. Today's policies are one scheme,
-- 'MEAL'; a policy with several schemes counts each under its own code.
CREATE TABLE subsidy_usage (
  senior_id    BIGINT      NOT NULL,
  scheme_code  VARCHAR(40) NOT NULL,
  service_date DATE        NOT NULL,
  meal_period  VARCHAR(20) NOT NULL,
  meals        INT         NOT NULL,
  PRIMARY KEY (senior_id, scheme_code, service_date, meal_period),
  CONSTRAINT ck_subsidy_usage_meals CHECK (meals >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO subsidy_usage (senior_id, scheme_code, service_date, meal_period, meals)
SELECT senior_id, 'MEAL', service_date, meal_period, COUNT(*)
  FROM meal_order
 WHERE subsidy > 0 AND status <> 'CANCELLED'
 GROUP BY senior_id, service_date, meal_period;
