-- Separate consent (PIPL art. 28/29) to process a resident's health data, by scope, given by the resident or, for a
-- resident who lacks capacity (dementia), by a guardian (监护人) or an agent, against the version of the notice they
-- were shown. A withdrawal is recorded on the row, which is never deleted; both acts are also in the audit log.
CREATE TABLE resident_consent (
  id                BIGINT       NOT NULL PRIMARY KEY,
  resident_id       BIGINT       NOT NULL,
  scope             VARCHAR(32)  NOT NULL,
  given_by          VARCHAR(100) NOT NULL,
  relation          VARCHAR(16)  NOT NULL,
  document_version  VARCHAR(32)  NOT NULL,
  given_at          DATETIME(6)  NOT NULL,
  recorded_by       VARCHAR(64)  NOT NULL,
  withdrawn_at      DATETIME(6)  NULL,
  withdrawn_by      VARCHAR(64)  NULL,
  withdrawal_reason VARCHAR(200) NULL,
  CONSTRAINT fk_resident_consent_resident FOREIGN KEY (resident_id) REFERENCES resident (id),
  CONSTRAINT ck_resident_consent_relation CHECK (relation IN ('SELF', 'GUARDIAN', 'AGENT')),
  KEY ix_resident_consent_resident (resident_id, scope, given_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
