-- Prepaid wallets: one balance row per senior, changed only by conditional updates, plus an append-only ledger
CREATE TABLE wallet (
  senior_id  BIGINT        NOT NULL PRIMARY KEY,
  balance    DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  updated_at DATETIME(6)   NOT NULL,
  CONSTRAINT ck_wallet_balance_not_negative CHECK (balance >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE wallet_entry (
  id              BIGINT        NOT NULL PRIMARY KEY,
  senior_id       BIGINT        NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  amount          DECIMAL(10,2) NOT NULL,
  balance_after   DECIMAL(10,2) NOT NULL,
  idempotency_key VARCHAR(100)  NOT NULL,
  order_id        BIGINT        NULL,
  recorded_by     VARCHAR(64)   NOT NULL,
  note            VARCHAR(200)  NULL,
  created_at      DATETIME(6)   NOT NULL,
  CONSTRAINT uk_wallet_entry_key UNIQUE (idempotency_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_wallet_entry_senior ON wallet_entry (senior_id, created_at);
CREATE INDEX ix_wallet_entry_order ON wallet_entry (order_id);
