-- Locked accounts after repeated failed sign-ins (issue 11): the count of failures since the last success and,
-- once the limit is reached, the instant until which the account refuses every sign-in (an administrator may
-- unlock it earlier).
ALTER TABLE account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN locked_until DATETIME(6) NULL;
