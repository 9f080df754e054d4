-- GB 38600-2019 resident safety (safety module): risk assessments (history; the latest per risk is current),
-- exit/door events, and incidents closed only with the family notification and a review note.
CREATE TABLE resident_risk_assessment (
  id          BIGINT        NOT NULL PRIMARY KEY,
  resident_id BIGINT        NOT NULL,
  facility_id BIGINT        NOT NULL,
  risk        VARCHAR(24)   NOT NULL,
  risk_level  VARCHAR(20)   NOT NULL,
  measures    VARCHAR(1000) NULL,
  assessed_on DATE          NOT NULL,
  assessed_by VARCHAR(60)   NOT NULL,
  recorded_by VARCHAR(64)   NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT ck_risk_measures CHECK (risk_level = 'LOW' OR measures IS NOT NULL)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_resident_risk_resident ON resident_risk_assessment (resident_id, risk, assessed_on);

CREATE TABLE resident_exit_event (
  id                   BIGINT      NOT NULL PRIMARY KEY,
  facility_id          BIGINT      NOT NULL,
  resident_id          BIGINT      NOT NULL,
  door                 VARCHAR(60) NOT NULL,
  occurred_at          DATETIME(6) NOT NULL,
  at_risk_of_wandering BOOLEAN     NOT NULL,
  alert_id             BIGINT      NULL,
  recorded_by          VARCHAR(64) NOT NULL,
  created_at           DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_resident_exit_event_resident ON resident_exit_event (resident_id, occurred_at);

CREATE TABLE care_incident (
  id                         BIGINT        NOT NULL PRIMARY KEY,
  facility_id                BIGINT        NOT NULL,
  resident_id                BIGINT        NOT NULL,
  risk                       VARCHAR(24)   NULL,
  occurred_at                DATETIME(6)   NOT NULL,
  description                VARCHAR(2000) NOT NULL,
  reported_by                VARCHAR(64)   NOT NULL,
  family_notified_at         DATETIME(6)   NULL,
  family_notification_method VARCHAR(20)   NULL,
  family_notified_by         VARCHAR(60)   NULL,
  review_note                VARCHAR(2000) NULL,
  reviewed_by                VARCHAR(64)   NULL,
  closed_at                  DATETIME(6)   NULL,
  closed_by                  VARCHAR(64)   NULL,
  version                    BIGINT        NOT NULL,
  created_at                 DATETIME(6)   NOT NULL,
  -- the database refuses a closed incident without notification and review, whatever writes it
  CONSTRAINT ck_incident_closable CHECK (closed_at IS NULL OR (family_notified_at IS NOT NULL
      AND family_notification_method IS NOT NULL AND family_notified_by IS NOT NULL AND review_note IS NOT NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_incident_facility ON care_incident (facility_id, closed_at, occurred_at);
