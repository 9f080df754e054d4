-- Home-care beds (homecare module): service agreements, devices, home visits
CREATE TABLE home_care_agreement (
  id               BIGINT       NOT NULL PRIMARY KEY,
  bed_id           BIGINT       NOT NULL,
  resident_id      BIGINT       NOT NULL,
  facility_id      BIGINT       NOT NULL,
  agreement_number VARCHAR(60)  NOT NULL,
  signed_on        DATE         NOT NULL,
  valid_from       DATE         NOT NULL,
  valid_to         DATE         NOT NULL,
  terminated_on    DATE         NULL,
  recorded_by      VARCHAR(64)  NOT NULL,
  version          BIGINT       NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT uk_home_care_agreement_number UNIQUE (facility_id, agreement_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_home_care_agreement_bed ON home_care_agreement (bed_id, valid_from);

CREATE TABLE home_care_device (
  id                BIGINT       NOT NULL PRIMARY KEY,
  bed_id            BIGINT       NOT NULL,
  device_type       VARCHAR(32)  NOT NULL,
  serial_number     VARCHAR(60)  NOT NULL,
  last_heartbeat_at DATETIME(6)  NULL,
  created_at        DATETIME(6)  NOT NULL,
  CONSTRAINT uk_home_care_device_serial UNIQUE (serial_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_home_care_device_bed ON home_care_device (bed_id);

CREATE TABLE home_visit (
  id               BIGINT       NOT NULL PRIMARY KEY,
  bed_id           BIGINT       NOT NULL,
  visit_date       DATE         NOT NULL,
  visitor          VARCHAR(60)  NOT NULL,
  services         VARCHAR(300) NOT NULL,
  duration_minutes INT          NOT NULL CHECK (duration_minutes > 0),
  note             VARCHAR(500) NULL,
  recorded_by      VARCHAR(64)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_home_visit_bed ON home_visit (bed_id, visit_date);

-- Defaults: national practice [I]; Chongqing figures unknown [?]
INSERT INTO care_setting (id, setting_key, district, setting_value, effective_from, effective_to, note, created_by, created_at) VALUES
 (6001, 'homecare.min-grade', NULL, 'MODERATE', '2000-01-01', NULL, '开设家庭养老床位的最低能力等级（默认中度失能）', 'migration', CURRENT_TIMESTAMP(6)),
 (6002, 'homecare.min-visits-per-month', NULL, '4', '2000-01-01', NULL, '每月最少上门服务次数（重庆数字未知，待确认）', 'migration', CURRENT_TIMESTAMP(6)),
 (6003, 'homecare.device-offline-after-hours', NULL, '24', '2000-01-01', NULL, '设备超过此小时数无心跳即视为离线', 'migration', CURRENT_TIMESTAMP(6));
