-- Notices of care-institution stays received from care-facility-service (carelink module), one row per notice id,
-- so a repeated delivery returns the first answer. senior_id is null when no canteen senior matched.
CREATE TABLE care_stay_notice (
  notice_id      BIGINT        NOT NULL PRIMARY KEY,
  stay_ref       VARCHAR(64)   NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  event_date     DATE          NOT NULL,
  senior_id      BIGINT        NULL,
  facility_name  VARCHAR(200)  NOT NULL,
  outcome        VARCHAR(300)  NOT NULL,
  received_at    DATETIME(6)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_stay_notice_senior ON care_stay_notice (senior_id, event_date);

-- matching a resident to a senior narrows the candidates by date of birth before comparing keyed hashes
CREATE INDEX ix_senior_date_of_birth ON senior (date_of_birth);
