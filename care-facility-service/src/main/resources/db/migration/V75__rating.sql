-- Ratings of facilities (rating module): history, never overwritten. STAR = GB/T 37276-2018 星级,
-- LEAF = Chongqing 叶级, LOCAL = another local scheme. valid_until NULL = no stated expiry.
CREATE TABLE facility_rating (
  id             BIGINT       NOT NULL PRIMARY KEY,
  facility_id    BIGINT       NOT NULL,
  scheme         VARCHAR(10)  NOT NULL,
  rating_level   INT NOT NULL CHECK (rating_level BETWEEN 1 AND 5),
  issuer         VARCHAR(120) NOT NULL,
  decision_date  DATE         NOT NULL,
  valid_until    DATE         NULL,
  basis_standard VARCHAR(120) NOT NULL,
  recorded_by    VARCHAR(64)  NOT NULL,
  recorded_at    DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_facility_rating_facility ON facility_rating (facility_id, scheme, decision_date);

-- Dated threshold tables: part maxima and, per level, the minimum total and minimum per part.
CREATE TABLE rating_threshold_table (
  id              BIGINT       NOT NULL PRIMARY KEY,
  scheme          VARCHAR(10)  NOT NULL,
  label           VARCHAR(200) NOT NULL,
  demo            BOOLEAN      NOT NULL,
  effective_from  DATE         NOT NULL,
  effective_to    DATE         NULL,
  max_environment INT          NOT NULL CHECK (max_environment >= 0),
  max_facilities  INT          NOT NULL CHECK (max_facilities >= 0),
  max_operations  INT          NOT NULL CHECK (max_operations >= 0),
  max_service     INT          NOT NULL CHECK (max_service >= 0),
  created_by      VARCHAR(64)  NOT NULL,
  created_at      DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE rating_threshold_level (
  table_id        BIGINT NOT NULL,
  rating_level    INT NOT NULL CHECK (rating_level BETWEEN 1 AND 5),
  min_total       INT    NOT NULL,
  min_environment INT    NOT NULL,
  min_facilities  INT    NOT NULL,
  min_operations  INT    NOT NULL,
  min_service     INT    NOT NULL,
  PRIMARY KEY (table_id, rating_level),
  CONSTRAINT fk_rating_threshold_level_table FOREIGN KEY (table_id) REFERENCES rating_threshold_table (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Self-assessments (自评) before applying; the result is computed with the table in force on assessed_on.
CREATE TABLE rating_self_assessment (
  id                      BIGINT       NOT NULL PRIMARY KEY,
  facility_id             BIGINT       NOT NULL,
  scheme                  VARCHAR(10)  NOT NULL,
  assessed_on             DATE         NOT NULL,
  score_environment       INT          NOT NULL,
  score_facilities        INT          NOT NULL,
  score_operations        INT          NOT NULL,
  score_service           INT          NOT NULL,
  gb38600_compliant       BOOLEAN      NOT NULL,
  last_accident_or_penalty DATE        NULL,
  on_dishonest_list       BOOLEAN      NOT NULL,
  refused_plaque_return   BOOLEAN      NOT NULL,
  note                    VARCHAR(500) NULL,
  recorded_by             VARCHAR(64)  NOT NULL,
  recorded_at             DATETIME(6)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_rating_self_assessment_facility ON rating_self_assessment (facility_id, assessed_on);

-- DEMO threshold tables. The official GB/T 37276-2018 cut-offs were not available (DOMAIN.md 1.2):
-- these numbers are placeholders for demonstration only and must be replaced by the official table.
INSERT INTO rating_threshold_table (id, scheme, label, demo, effective_from, effective_to, max_environment, max_facilities, max_operations, max_service, created_by, created_at)
VALUES (750001, 'STAR', '演示阈值（非官方，待录入 GB/T 37276-2018 正式表）DEMO thresholds - not official', TRUE, '2019-07-01', NULL, 120, 130, 150, 600, 'migration', CURRENT_TIMESTAMP(6)),
       (750002, 'LEAF', '演示阈值（非官方，待录入重庆叶级标准正式表）DEMO thresholds - not official', TRUE, '2019-07-01', NULL, 120, 130, 150, 600, 'migration', CURRENT_TIMESTAMP(6));

INSERT INTO rating_threshold_level (table_id, rating_level, min_total, min_environment, min_facilities, min_operations, min_service)
VALUES (750001, 1, 400, 40, 40, 50, 240),
       (750001, 2, 550, 55, 60, 70, 330),
       (750001, 3, 700, 70, 80, 95, 420),
       (750001, 4, 800, 85, 95, 110, 480),
       (750001, 5, 900, 100, 110, 130, 540),
       (750002, 1, 400, 40, 40, 50, 240),
       (750002, 2, 550, 55, 60, 70, 330),
       (750002, 3, 700, 70, 80, 95, 420),
       (750002, 4, 800, 85, 95, 110, 480),
       (750002, 5, 900, 100, 110, 130, 540);

-- Rating policy (DOMAIN.md 1.1, Shanghai rules as configurable defaults)
INSERT INTO care_setting (id, setting_key, district, setting_value, effective_from, effective_to, note, created_by, created_at)
VALUES (750101, 'rating.first-application-max-level', NULL, '3', '2019-07-01', NULL,
        'A first application may target this level at most', 'migration', CURRENT_TIMESTAMP(6)),
       (750102, 'rating.veto-lookback-years', NULL, '2', '2019-07-01', NULL,
        'An accident or penalty within this many years vetoes the rating', 'migration', CURRENT_TIMESTAMP(6)),
       (750103, 'rating.min-operating-years', NULL, '1', '2019-07-01', NULL,
        'Years of operation before a facility may apply', 'migration', CURRENT_TIMESTAMP(6));
