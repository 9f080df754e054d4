-- Care facilities (facility module): institutions (养老机构) and community service centres
CREATE TABLE facility (
  id             BIGINT        NOT NULL PRIMARY KEY,
  facility_type  VARCHAR(32)   NOT NULL,
  name           VARCHAR(120)  NOT NULL,
  address        VARCHAR(200)  NOT NULL,
  district       VARCHAR(40)   NOT NULL,
  operator_name  VARCHAR(120)  NOT NULL,
  licence_number VARCHAR(60)   NULL,
  filing_date    DATE          NULL,
  opened_on      DATE          NOT NULL,
  capacity       INT           NOT NULL CHECK (capacity >= 0),
  latitude       DECIMAL(9,6)  NULL,
  longitude      DECIMAL(9,6)  NULL,
  version        BIGINT        NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uk_facility_name UNIQUE (district, name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
