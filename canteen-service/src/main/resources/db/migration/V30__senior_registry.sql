-- The senior registry (senior module). The resident ID number is stored only encrypted (AES-GCM, data key),
-- with an HMAC blind index for uniqueness and a masked copy for lists.
CREATE TABLE senior (
  id                   BIGINT        NOT NULL PRIMARY KEY,
  row_version          INT           NOT NULL,
  name                 VARCHAR(50)   NOT NULL,
  name_initials        VARCHAR(50)   NOT NULL,
  gender               VARCHAR(8)    NOT NULL,
  date_of_birth        DATE          NOT NULL,
  id_number_enc        VARBINARY(128) NOT NULL,
  id_number_index      VARCHAR(64)      NOT NULL,
  id_number_masked     VARCHAR(18)   NOT NULL,
  phone                VARCHAR(20)   NULL,
  phone_tail           VARCHAR(4)      NULL,
  address              VARCHAR(200)  NOT NULL,
  latitude             DOUBLE        NULL,
  longitude            DOUBLE        NULL,
  home_canteen_id      BIGINT        NOT NULL,
  dietary_tags         VARCHAR(200)  NOT NULL,
  allergens            VARCHAR(200)  NOT NULL,
  texture              VARCHAR(16)   NOT NULL,
  emergency_name       VARCHAR(50)   NULL,
  emergency_relation   VARCHAR(20)   NULL,
  emergency_phone      VARCHAR(20)   NULL,
  worker_name          VARCHAR(50)   NULL,
  worker_phone         VARCHAR(20)   NULL,
  delivery_notes       VARCHAR(500)  NULL,
  delivery_from        TIME          NULL,
  delivery_until       TIME          NULL,
  lifecycle            VARCHAR(16)   NOT NULL,
  lifecycle_reason     VARCHAR(200)  NULL,
  lifecycle_changed_at DATETIME(6)   NULL,
  created_at           DATETIME(6)   NOT NULL,
  created_by           VARCHAR(64)   NOT NULL,
  updated_at           DATETIME(6)   NOT NULL,
  CONSTRAINT uk_senior_id_number UNIQUE (id_number_index)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_senior_canteen_initials ON senior (home_canteen_id, name_initials);
CREATE INDEX ix_senior_initials ON senior (name_initials);
CREATE INDEX ix_senior_phone_tail ON senior (phone_tail);
CREATE INDEX ix_senior_name ON senior (name);

-- Eligibility status periods imported from civil affairs: one row per status and validity period.
CREATE TABLE senior_status (
  id          BIGINT       NOT NULL PRIMARY KEY,
  senior_id   BIGINT       NOT NULL,
  status      VARCHAR(32)  NOT NULL,
  source      VARCHAR(100) NOT NULL,
  valid_from  DATE         NOT NULL,
  valid_to    DATE         NULL,
  recorded_at DATETIME(6)  NOT NULL,
  recorded_by VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_senior_status_senior FOREIGN KEY (senior_id) REFERENCES senior (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_senior_status_senior ON senior_status (senior_id, valid_from);
