-- Buildings, floors, rooms and beds (bed module). facility_id is repeated on rooms and beds for scope checks.
CREATE TABLE building (
  id          BIGINT       NOT NULL PRIMARY KEY,
  facility_id BIGINT       NOT NULL,
  name        VARCHAR(60)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  CONSTRAINT uk_building_name UNIQUE (facility_id, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE floor (
  id          BIGINT       NOT NULL PRIMARY KEY,
  building_id BIGINT       NOT NULL,
  facility_id BIGINT       NOT NULL,
  floor_level INT          NOT NULL,
  name        VARCHAR(60)  NOT NULL,
  CONSTRAINT uk_floor_level UNIQUE (building_id, floor_level),
  CONSTRAINT fk_floor_building FOREIGN KEY (building_id) REFERENCES building (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE room (
  id          BIGINT        NOT NULL PRIMARY KEY,
  floor_id    BIGINT        NOT NULL,
  facility_id BIGINT        NOT NULL,
  room_number VARCHAR(20)   NOT NULL,
  room_type   VARCHAR(32)   NOT NULL,
  area_m2     DECIMAL(7,2)  NOT NULL CHECK (area_m2 > 0),
  CONSTRAINT uk_room_number UNIQUE (floor_id, room_number),
  CONSTRAINT fk_room_floor FOREIGN KEY (floor_id) REFERENCES floor (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_room_facility ON room (facility_id);

-- status changes go through conditional UPDATEs (status = 'VACANT' ...) so two admissions cannot both win
CREATE TABLE bed (
  id              BIGINT        NOT NULL PRIMARY KEY,
  facility_id     BIGINT        NOT NULL,
  room_id         BIGINT        NULL,
  label           VARCHAR(40)   NOT NULL,
  bed_type        VARCHAR(32)   NOT NULL,
  status          VARCHAR(32)   NOT NULL,
  reserved_for    BIGINT        NULL,
  home_address    VARCHAR(200)  NULL,
  in_service_from DATE          NOT NULL,
  version         BIGINT        NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uk_bed_label UNIQUE (facility_id, label),
  CONSTRAINT fk_bed_room FOREIGN KEY (room_id) REFERENCES room (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_bed_facility ON bed (facility_id, bed_type, status);
CREATE INDEX ix_bed_room ON bed (room_id);

-- Periods a bed was out of service; they are not available bed-days
CREATE TABLE bed_outage (
  id         BIGINT       NOT NULL PRIMARY KEY,
  bed_id     BIGINT       NOT NULL,
  from_date  DATE         NOT NULL,
  to_date    DATE         NULL,
  reason     VARCHAR(200) NOT NULL,
  CONSTRAINT fk_bed_outage_bed FOREIGN KEY (bed_id) REFERENCES bed (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_bed_outage_bed ON bed_outage (bed_id, from_date);
