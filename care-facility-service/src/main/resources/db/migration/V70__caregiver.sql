-- Staff of care facilities (caregiver module): caregivers (养老护理员), nurses, doctors, food handlers, managers
CREATE TABLE care_staff (
  id            BIGINT       NOT NULL PRIMARY KEY,
  facility_id   BIGINT       NOT NULL,
  name          VARCHAR(60)  NOT NULL,
  id_number     VARCHAR(18)  NULL,
  staff_role    VARCHAR(20)  NOT NULL,
  active        BOOLEAN      NOT NULL,
  hired_on      DATE         NULL,
  version       BIGINT       NOT NULL,
  created_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_staff_facility ON care_staff (facility_id, staff_role, active);

-- 养老护理员 职业技能等级证书; level_rank 5 = 一级(高级技师) ... 1 = 五级(初级工); valid_until NULL = no expiry
CREATE TABLE caregiver_certificate (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  staff_id           BIGINT       NOT NULL,
  level_rank         INT   NOT NULL CHECK (level_rank BETWEEN 1 AND 5),
  certificate_number VARCHAR(40)  NOT NULL,
  issuer             VARCHAR(120) NOT NULL,
  issue_date         DATE         NOT NULL,
  valid_until        DATE         NULL,
  training_hours     INT          NOT NULL CHECK (training_hours >= 0),
  revoked            BOOLEAN      NOT NULL,
  revoked_at         DATETIME(6)  NULL,
  created_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uk_caregiver_certificate_number UNIQUE (issuer, certificate_number),
  CONSTRAINT fk_caregiver_certificate_staff FOREIGN KEY (staff_id) REFERENCES care_staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_caregiver_certificate_staff ON caregiver_certificate (staff_id);

-- Food handlers' annual health certificates (健康证明, 食品安全法 art. 45)
CREATE TABLE health_certificate (
  id                 BIGINT       NOT NULL PRIMARY KEY,
  staff_id           BIGINT       NOT NULL,
  certificate_number VARCHAR(40)  NOT NULL,
  issuer             VARCHAR(120) NOT NULL,
  issue_date         DATE         NOT NULL,
  valid_until        DATE         NOT NULL,
  created_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uk_health_certificate_number UNIQUE (issuer, certificate_number),
  CONSTRAINT fk_health_certificate_staff FOREIGN KEY (staff_id) REFERENCES care_staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_health_certificate_staff ON health_certificate (staff_id);

-- Shift roster: who is on duty where. unit_id NULL = the facility at large; otherwise a care unit
-- (e.g. a dementia unit of the dementia module, referenced by id only).
CREATE TABLE roster_entry (
  id          BIGINT      NOT NULL PRIMARY KEY,
  facility_id BIGINT      NOT NULL,
  unit_id     BIGINT      NULL,
  duty_date   DATE        NOT NULL,
  shift       VARCHAR(10) NOT NULL,
  staff_id    BIGINT      NOT NULL,
  created_by  VARCHAR(64) NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  CONSTRAINT uk_roster_entry_staff_shift UNIQUE (staff_id, duty_date, shift),
  CONSTRAINT fk_roster_entry_staff FOREIGN KEY (staff_id) REFERENCES care_staff (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_roster_entry_unit ON roster_entry (unit_id, duty_date, shift);
CREATE INDEX ix_roster_entry_facility ON roster_entry (facility_id, duty_date, shift);

-- Alert lead times before a certificate expires (days, comma separated, largest first)
INSERT INTO care_setting (id, setting_key, district, setting_value, effective_from, effective_to, note, created_by, created_at)
VALUES (700001, 'caregiver.expiry-alert-days', NULL, '90,60,30', '2019-01-01', NULL,
        'Alert 90/60/30 days before a caregiver or health certificate expires', 'migration', CURRENT_TIMESTAMP(6));
