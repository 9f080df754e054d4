-- Cognitive-impairment (dementia) units (dementia module)
CREATE TABLE cognitive_unit (
  id                      BIGINT       NOT NULL PRIMARY KEY,
  facility_id             BIGINT       NOT NULL,
  name                    VARCHAR(60)  NOT NULL,
  care_planners           INT          NOT NULL CHECK (care_planners >= 0),
  anti_wandering_measures VARCHAR(400) NOT NULL,
  version                 BIGINT       NOT NULL,
  created_at              DATETIME(6)  NOT NULL,
  CONSTRAINT uk_cognitive_unit_name UNIQUE (facility_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A room belongs to at most one unit
CREATE TABLE cognitive_unit_room (
  unit_id BIGINT NOT NULL,
  room_id BIGINT NOT NULL,
  PRIMARY KEY (unit_id, room_id),
  CONSTRAINT uk_cognitive_unit_room_room UNIQUE (room_id),
  CONSTRAINT fk_cognitive_unit_room_unit FOREIGN KEY (unit_id) REFERENCES cognitive_unit (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staffing and headcount of each shift of a unit
CREATE TABLE cognitive_unit_shift (
  id                BIGINT      NOT NULL PRIMARY KEY,
  unit_id           BIGINT      NOT NULL,
  shift_date        DATE        NOT NULL,
  shift             VARCHAR(10) NOT NULL,
  caregivers        INT         NOT NULL CHECK (caregivers >= 0),
  residents_present INT         NOT NULL CHECK (residents_present >= 0),
  recorded_by       VARCHAR(64) NOT NULL,
  created_at        DATETIME(6) NOT NULL,
  CONSTRAINT uk_cognitive_unit_shift UNIQUE (unit_id, shift_date, shift),
  CONSTRAINT fk_cognitive_unit_shift_unit FOREIGN KEY (unit_id) REFERENCES cognitive_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- MMSE / MoCA screening results (health data)
CREATE TABLE cognitive_screening (
  id               BIGINT       NOT NULL PRIMARY KEY,
  resident_id      BIGINT       NOT NULL,
  facility_id      BIGINT       NOT NULL,
  tool             VARCHAR(8)   NOT NULL,
  score            INT          NOT NULL CHECK (score BETWEEN 0 AND 30),
  education        VARCHAR(24)  NOT NULL,
  screened_on      DATE         NOT NULL,
  screened_by      VARCHAR(60)  NOT NULL,
  doctor_confirmed BOOLEAN      NOT NULL,
  recorded_by      VARCHAR(64)  NOT NULL,
  created_at       DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_cognitive_screening_resident ON cognitive_screening (resident_id, screened_on);

-- Defaults: Qingtian county acceptance checklist (认知障碍照护专区床位建设验收表); screening cut-offs [I]
INSERT INTO care_setting (id, setting_key, district, setting_value, effective_from, effective_to, note, created_by, created_at) VALUES
 (5001, 'dementia.unit.single-min-beds', NULL, '12', '2000-01-01', NULL, '单个专区床位下限（青田）', 'migration', CURRENT_TIMESTAMP(6)),
 (5002, 'dementia.unit.multi-min-beds', NULL, '6', '2000-01-01', NULL, '多个专区时每区床位下限（青田）', 'migration', CURRENT_TIMESTAMP(6)),
 (5003, 'dementia.unit.max-beds', NULL, '20', '2000-01-01', NULL, '每个专区床位上限（青田）', 'migration', CURRENT_TIMESTAMP(6)),
 (5004, 'dementia.unit.multi-min-average-beds', NULL, '12', '2000-01-01', NULL, '多个专区平均床位下限（青田）', 'migration', CURRENT_TIMESTAMP(6)),
 (5005, 'dementia.room.max-beds', NULL, '4', '2000-01-01', NULL, '每间居室床位上限', 'migration', CURRENT_TIMESTAMP(6)),
 (5006, 'dementia.room.single-min-area', NULL, '10', '2000-01-01', NULL, '单人间面积下限（平方米）', 'migration', CURRENT_TIMESTAMP(6)),
 (5007, 'dementia.room.double-min-area', NULL, '16', '2000-01-01', NULL, '双人间面积下限（平方米）', 'migration', CURRENT_TIMESTAMP(6)),
 (5008, 'dementia.room.shared-min-area-per-bed', NULL, '6', '2000-01-01', NULL, '多人间每床面积下限（平方米）', 'migration', CURRENT_TIMESTAMP(6)),
 (5009, 'dementia.staff.residents-per-caregiver', NULL, '5', '2000-01-01', NULL, '护理员与老人比不低于1:5（每班）', 'migration', CURRENT_TIMESTAMP(6)),
 (5010, 'dementia.staff.min-night-caregivers', NULL, '1', '2000-01-01', NULL, '每个专区夜班护理员下限', 'migration', CURRENT_TIMESTAMP(6)),
 (5011, 'dementia.staff.min-care-planners', NULL, '1', '2000-01-01', NULL, '能制定照护计划的专业人员下限', 'migration', CURRENT_TIMESTAMP(6)),
 (5012, 'dementia.functional-rooms', NULL, 'DINING_ROOM,LIVING_ROOM,SHARED_TOILET,ASSISTED_BATHING,REMINISCENCE_AREA,ACTIVITY_ROOM,COGNITIVE_TRAINING,OCCUPATIONAL_THERAPY,FIVE_SENSE_THERAPY,EXERCISE_THERAPY', '2000-01-01', NULL, '功能用房（青田）', 'migration', CURRENT_TIMESTAMP(6)),
 (5013, 'dementia.anti-wandering-measures', NULL, 'ACCESS_CONTROLLED_DOORS,POSITIONING_WRISTBANDS,PHOTO_ID_RECORDS,SHIFT_HEADCOUNT', '2000-01-01', NULL, '防走失措施（GB 38600 防走失，推定）', 'migration', CURRENT_TIMESTAMP(6)),
 (5014, 'dementia.screening.mmse-cutoff.ILLITERATE', NULL, '17', '2000-01-01', NULL, 'MMSE 文盲组阳性界值（≤）', 'migration', CURRENT_TIMESTAMP(6)),
 (5015, 'dementia.screening.mmse-cutoff.PRIMARY', NULL, '20', '2000-01-01', NULL, 'MMSE 小学组阳性界值（≤）', 'migration', CURRENT_TIMESTAMP(6)),
 (5016, 'dementia.screening.mmse-cutoff.SECONDARY_OR_ABOVE', NULL, '24', '2000-01-01', NULL, 'MMSE 初中及以上阳性界值（≤）', 'migration', CURRENT_TIMESTAMP(6)),
 (5017, 'dementia.screening.moca-cutoff.ILLITERATE', NULL, '25', '2000-01-01', NULL, 'MoCA 阳性界值（≤；≥26 正常）', 'migration', CURRENT_TIMESTAMP(6)),
 (5018, 'dementia.screening.moca-cutoff.PRIMARY', NULL, '25', '2000-01-01', NULL, 'MoCA 阳性界值（≤；≥26 正常）', 'migration', CURRENT_TIMESTAMP(6)),
 (5019, 'dementia.screening.moca-cutoff.SECONDARY_OR_ABOVE', NULL, '25', '2000-01-01', NULL, 'MoCA 阳性界值（≤；≥26 正常）', 'migration', CURRENT_TIMESTAMP(6)),
 (5020, 'dementia.screening.valid-days', NULL, '365', '2000-01-01', NULL, '筛查结果用于入住的有效天数', 'migration', CURRENT_TIMESTAMP(6)),
 (5021, 'dementia.screening.requires-doctor-confirmation', NULL, 'false', '2000-01-01', NULL, '阳性筛查是否须医生确认方可入住专区', 'migration', CURRENT_TIMESTAMP(6));
