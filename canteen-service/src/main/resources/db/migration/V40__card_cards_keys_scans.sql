-- Senior cards (card module). A re-issue creates a new row with the next version; the old row becomes
-- SUPERSEDED. current_senior_id is set while a card is current (ACTIVE or BLOCKED) and NULL once superseded,
-- so the unique key allows at most one current card per senior.
CREATE TABLE card (
  id                BIGINT        NOT NULL PRIMARY KEY,
  row_version       INT           NOT NULL,
  senior_id         BIGINT        NOT NULL,
  current_senior_id BIGINT        NULL,
  card_version      INT           NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  manual_code       VARCHAR(8)    NOT NULL,
  extra_canteen_ids VARCHAR(500)  NOT NULL,
  issued_at         DATETIME(6)   NOT NULL,
  issued_by         VARCHAR(64)   NOT NULL,
  status_reason     VARCHAR(200)  NULL,
  status_changed_at DATETIME(6)   NULL,
  superseded_by     BIGINT        NULL,
  CONSTRAINT uk_card_manual_code UNIQUE (manual_code),
  CONSTRAINT uk_card_current_senior UNIQUE (current_senior_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_card_senior ON card (senior_id, card_version);

-- Ed25519 keys that sign card QR tokens. Only one is active (signs); the others still verify old cards.
-- private_key_enc is AES-GCM under the data key, NULL when the private key comes from configuration.
CREATE TABLE card_signing_key (
  key_id          VARCHAR(16)   NOT NULL PRIMARY KEY,
  algorithm       VARCHAR(16)   NOT NULL,
  public_key      VARCHAR(200)  NOT NULL,
  private_key_enc VARBINARY(255) NULL,
  active          BOOLEAN       NOT NULL,
  created_at      DATETIME(6)   NOT NULL,
  retired_at      DATETIME(6)   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every presentation of a card, successful or not (anti-fraud evidence, settlement proof of identity check).
CREATE TABLE card_scan (
  id             BIGINT       NOT NULL PRIMARY KEY,
  card_id        BIGINT       NULL,
  senior_id      BIGINT       NULL,
  actor_username VARCHAR(64)  NOT NULL,
  kiosk_id       BIGINT       NULL,
  canteen_id     BIGINT       NOT NULL,
  scanned_at     DATETIME(6)  NOT NULL,
  outcome        VARCHAR(32)  NOT NULL,
  method         VARCHAR(16)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_card_scan_card ON card_scan (card_id, scanned_at);
CREATE INDEX ix_card_scan_actor ON card_scan (actor_username, method, scanned_at);
CREATE INDEX ix_card_scan_canteen ON card_scan (canteen_id, scanned_at);
