-- Residents and their stays (resident module). Health data (health_notes, diagnosis) is sensitive.
CREATE TABLE resident (
  id           BIGINT        NOT NULL PRIMARY KEY,
  facility_id  BIGINT        NOT NULL,
  name         VARCHAR(60)   NOT NULL,
  gender       VARCHAR(10)   NOT NULL,
  birth_date   DATE          NOT NULL,
  id_number    VARCHAR(18)   NOT NULL,
  phone        VARCHAR(20)   NULL,
  health_notes VARCHAR(2000) NULL,
  deceased_on  DATE          NULL,
  version      BIGINT        NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  CONSTRAINT uk_resident_id_number UNIQUE (id_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_resident_facility ON resident (facility_id);

CREATE TABLE diagnosis (
  id            BIGINT        NOT NULL PRIMARY KEY,
  resident_id   BIGINT        NOT NULL,
  icd10_code    VARCHAR(10)   NOT NULL,
  name          VARCHAR(100)  NOT NULL,
  diagnosed_on  DATE          NOT NULL,
  diagnosed_by  VARCHAR(100)  NOT NULL,
  psychiatrist  BOOLEAN       NOT NULL,
  created_at    DATETIME(6)   NOT NULL,
  CONSTRAINT fk_diagnosis_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_diagnosis_resident ON diagnosis (resident_id);

-- requested -> approved -> admitted (-> on leave -> admitted) -> discharged; or rejected / cancelled
CREATE TABLE admission (
  id               BIGINT       NOT NULL PRIMARY KEY,
  resident_id      BIGINT       NOT NULL,
  facility_id      BIGINT       NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  bed_id           BIGINT       NULL,
  requested_on     DATE         NOT NULL,
  requested_by     VARCHAR(64)  NOT NULL,
  approved_by      VARCHAR(64)  NULL,
  admitted_on      DATE         NULL,
  discharged_on    DATE         NULL,
  discharge_reason VARCHAR(20)  NULL,
  note             VARCHAR(500) NULL,
  version          BIGINT       NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  CONSTRAINT fk_admission_resident FOREIGN KEY (resident_id) REFERENCES resident (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_admission_resident ON admission (resident_id, status);
CREATE INDEX ix_admission_facility ON admission (facility_id, status);

-- Every step of a stay, never changed afterwards
CREATE TABLE admission_event (
  id           BIGINT       NOT NULL PRIMARY KEY,
  admission_id BIGINT       NOT NULL,
  event_type   VARCHAR(24)  NOT NULL,
  event_date   DATE         NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  recorded_by  VARCHAR(64)  NOT NULL,
  from_bed_id  BIGINT       NULL,
  to_bed_id    BIGINT       NULL,
  note         VARCHAR(500) NULL,
  CONSTRAINT fk_admission_event_admission FOREIGN KEY (admission_id) REFERENCES admission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_admission_event_admission ON admission_event (admission_id, recorded_at);

CREATE TABLE admission_leave (
  id              BIGINT       NOT NULL PRIMARY KEY,
  admission_id    BIGINT       NOT NULL,
  start_date      DATE         NOT NULL,
  expected_return DATE         NULL,
  returned_on     DATE         NULL,
  reason          VARCHAR(200) NOT NULL,
  CONSTRAINT fk_admission_leave_admission FOREIGN KEY (admission_id) REFERENCES admission (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Who lay in which bed when (end_date exclusive). current_bed_id / current_resident_id are set only while
-- the stay in that bed lasts: the unique keys then allow one current occupant per bed and one bed per
-- resident, whatever races happen above (NULLs do not collide).
CREATE TABLE bed_occupancy (
  id                  BIGINT      NOT NULL PRIMARY KEY,
  bed_id              BIGINT      NOT NULL,
  bed_type            VARCHAR(32) NOT NULL,
  facility_id         BIGINT      NOT NULL,
  resident_id         BIGINT      NOT NULL,
  admission_id        BIGINT      NOT NULL,
  start_date          DATE        NOT NULL,
  end_date            DATE        NULL,
  current_bed_id      BIGINT      NULL,
  current_resident_id BIGINT      NULL,
  CONSTRAINT uk_bed_occupancy_current_bed UNIQUE (current_bed_id),
  CONSTRAINT uk_bed_occupancy_current_resident UNIQUE (current_resident_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_bed_occupancy_facility ON bed_occupancy (facility_id, start_date);
CREATE INDEX ix_bed_occupancy_resident ON bed_occupancy (resident_id);
