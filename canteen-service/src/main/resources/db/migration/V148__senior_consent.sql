-- Separate consent (PIPL art. 29) to process a senior's sensitive data, by scope, from the senior or a guardian or
-- agent (dementia), against a version of the notice they were shown. Withdrawal is recorded on the row (never
-- deleted); both acts are also in the audit log.
CREATE TABLE consent_record (
    id                BIGINT       NOT NULL PRIMARY KEY,
    senior_id         BIGINT       NOT NULL,
    scope             VARCHAR(32)  NOT NULL,
    given_by          VARCHAR(100) NOT NULL,
    relation          VARCHAR(16)  NOT NULL,
    document_version  VARCHAR(32)  NOT NULL,
    given_at          DATETIME(6)  NOT NULL,
    recorded_by       VARCHAR(64)  NOT NULL,
    withdrawn_at      DATETIME(6)  NULL,
    withdrawn_by      VARCHAR(64)  NULL,
    withdrawal_reason VARCHAR(200) NULL,
    KEY ix_consent_record_senior (senior_id, scope, given_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
