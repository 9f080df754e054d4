-- Append-only audit log: who read or changed sensitive data, balances, subsidies and consent (issue 11).
-- The application only ever INSERTs here; V146 adds triggers that refuse UPDATE and DELETE on MySQL/MariaDB.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL PRIMARY KEY,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_username VARCHAR(64)  NOT NULL,
    actor_role     VARCHAR(32)  NOT NULL,
    canteen_id     BIGINT       NULL,
    action         VARCHAR(16)  NOT NULL,
    kind           VARCHAR(48)  NOT NULL,
    subject_type   VARCHAR(32)  NOT NULL,
    subject_id     VARCHAR(64)  NOT NULL,
    field          VARCHAR(64)  NULL,
    old_value      VARCHAR(500) NULL,
    new_value      VARCHAR(500) NULL,
    KEY ix_audit_event_time (occurred_at),
    KEY ix_audit_event_actor (actor_username, occurred_at),
    KEY ix_audit_event_subject (subject_type, subject_id, occurred_at),
    KEY ix_audit_event_kind (kind, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
