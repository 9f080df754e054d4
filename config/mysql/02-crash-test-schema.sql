-- CI only: the schema the crash test (canteen-service ordering.CrashIT) runs a child canteen-service against, so killing
-- it mid-transaction never touches the schema of the other tests. The test drops and re-creates it on every run.
CREATE DATABASE IF NOT EXISTS canteen_crash CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON canteen_crash.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
FLUSH PRIVILEGES;
