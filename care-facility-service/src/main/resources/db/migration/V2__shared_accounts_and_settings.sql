-- Care logins (shared.security): care managers and district administrators
CREATE TABLE care_account (
  id            BIGINT       NOT NULL PRIMARY KEY,
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(100) NOT NULL,
  display_name  VARCHAR(100) NOT NULL,
  role          VARCHAR(32)  NOT NULL,
  active        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT uk_care_account_username UNIQUE (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The facilities each care manager manages (ids of facility rows; no FK across modules)
CREATE TABLE care_manager_facility (
  account_id  BIGINT NOT NULL,
  facility_id BIGINT NOT NULL,
  PRIMARY KEY (account_id, facility_id),
  CONSTRAINT fk_care_manager_facility_account FOREIGN KEY (account_id) REFERENCES care_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_manager_facility_facility ON care_manager_facility (facility_id);

-- Dated thresholds (shared.settings); district NULL = every district. Rows are added, never edited.
CREATE TABLE care_setting (
  id             BIGINT       NOT NULL PRIMARY KEY,
  setting_key    VARCHAR(80)  NOT NULL,
  district       VARCHAR(40)  NULL,
  setting_value  VARCHAR(200) NOT NULL,
  effective_from DATE         NOT NULL,
  effective_to   DATE         NULL,
  note           VARCHAR(300) NULL,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_setting_key ON care_setting (setting_key, effective_from);
