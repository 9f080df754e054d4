-- Locked accounts after repeated failed sign-ins, as in canteen-service (issue 11).
ALTER TABLE care_account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE care_account ADD COLUMN locked_until DATETIME(6) NULL;
