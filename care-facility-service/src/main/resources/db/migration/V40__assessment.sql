-- Ability assessments (assessment module). Immutable once recorded.
CREATE TABLE ability_assessment (
  id                BIGINT      NOT NULL PRIMARY KEY,
  resident_id       BIGINT      NOT NULL,
  facility_id       BIGINT      NOT NULL,
  assessed_on       DATE        NOT NULL,
  reason            VARCHAR(16) NOT NULL,
  standard_version  VARCHAR(20) NOT NULL,
  first_assessor    VARCHAR(60) NOT NULL,
  second_assessor   VARCHAR(60) NOT NULL,
  self_care         INT         NULL CHECK (self_care BETWEEN 0 AND 32),
  basic_mobility    INT         NULL CHECK (basic_mobility BETWEEN 0 AND 15),
  mental_state      INT         NULL CHECK (mental_state BETWEEN 0 AND 28),
  perception_social INT         NULL CHECK (perception_social BETWEEN 0 AND 15),
  total_score       INT         NULL CHECK (total_score BETWEEN 0 AND 90),
  initial_grade     VARCHAR(16) NULL,
  final_grade       VARCHAR(16) NULL,
  risk_events_30d   INT         NOT NULL,
  coma              BOOLEAN     NOT NULL,
  legacy_grade      INT         NULL CHECK (legacy_grade BETWEEN 0 AND 3),
  legacy_total      INT         NULL,
  next_due_on       DATE        NULL,
  recorded_by       VARCHAR(64) NOT NULL,
  created_at        DATETIME(6) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_ability_assessment_resident ON ability_assessment (resident_id, assessed_on);
CREATE INDEX ix_ability_assessment_facility ON ability_assessment (facility_id);

CREATE TABLE assessment_item (
  assessment_id BIGINT      NOT NULL,
  item_code     VARCHAR(32) NOT NULL,
  score         INT         NOT NULL CHECK (score BETWEEN 0 AND 4),
  PRIMARY KEY (assessment_id, item_code),
  CONSTRAINT fk_assessment_item_assessment FOREIGN KEY (assessment_id) REFERENCES ability_assessment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE assessment_adjustment (
  assessment_id BIGINT       NOT NULL,
  position      INT          NOT NULL,
  rule_code     VARCHAR(32)  NOT NULL,
  from_grade    VARCHAR(16)  NOT NULL,
  to_grade      VARCHAR(16)  NOT NULL,
  reason_zh     VARCHAR(200) NOT NULL,
  reason_en     VARCHAR(200) NOT NULL,
  PRIMARY KEY (assessment_id, position),
  CONSTRAINT fk_assessment_adjustment_assessment FOREIGN KEY (assessment_id) REFERENCES ability_assessment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Risk events and condition changes: each makes a reassessment due at once
CREATE TABLE care_event (
  id          BIGINT       NOT NULL PRIMARY KEY,
  resident_id BIGINT       NOT NULL,
  facility_id BIGINT       NOT NULL,
  event_type  VARCHAR(24)  NOT NULL,
  occurred_on DATE         NOT NULL,
  note        VARCHAR(500) NULL,
  recorded_by VARCHAR(64)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_care_event_resident ON care_event (resident_id, occurred_on);

-- Defaults (GB/T 42195-2022 practice): dated, per district overridable
INSERT INTO care_setting (id, setting_key, district, setting_value, effective_from, effective_to, note, created_by, created_at) VALUES
 (4001, 'assessment.reassessment-interval-days', NULL, '180', '2000-01-01', NULL, '常规复评间隔（MZ/T 039 实践：6个月）', 'migration', CURRENT_TIMESTAMP(6)),
 (4002, 'assessment.risk-event-threshold', NULL, '2', '2000-01-01', NULL, '近30天照护风险事件达到此次数提高一级', 'migration', CURRENT_TIMESTAMP(6)),
 (4003, 'assessment.risk-event-window-days', NULL, '30', '2000-01-01', NULL, '风险事件统计窗口（天）', 'migration', CURRENT_TIMESTAMP(6)),
 (4004, 'assessment.raises-stack', NULL, 'true', '2000-01-01', NULL, '诊断与风险事件两项提级是否叠加（未确认，默认叠加并封顶）', 'migration', CURRENT_TIMESTAMP(6));
