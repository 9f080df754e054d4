-- CI only: the schemas the crash tests run a child service against, so killing it mid-transaction never touches the
-- schema of the other tests: canteen-service's ordering.CrashIT (canteen_crash) and care-facility-service's
-- canteenlink.OutboxCrashIT (care_facility_crash). The tests drop and re-create them on every run.
CREATE DATABASE IF NOT EXISTS canteen_crash CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON canteen_crash.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
CREATE DATABASE IF NOT EXISTS care_facility_crash CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON care_facility_crash.* TO 'care_app'@'localhost', 'care_app'@'127.0.0.1';
FLUSH PRIVILEGES;
