-- CI and development only (.ci/run applies every file here): the schemas of the migration tests that build a database
-- as it was before a migration, fill it with old-style rows and then migrate it (SchemeMigrationIT: the test schema's
-- name + "_migration"; SeniorPlaintextEncryptionIT,
-- DeliveryStopPlaintextEncryptionIT and PlaintextEncryptionIT: their own fixed names). The tests drop
-- and re-create them, as the least-privilege service users. Not needed in production.
CREATE DATABASE IF NOT EXISTS canteen_migration CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS canteen_crypto_migration_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS canteen_stop_crypto_migration_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS care_crypto_migration_it CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT ALL PRIVILEGES ON canteen_migration.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
GRANT ALL PRIVILEGES ON canteen_crypto_migration_it.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
GRANT ALL PRIVILEGES ON canteen_stop_crypto_migration_it.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
GRANT ALL PRIVILEGES ON care_crypto_migration_it.* TO 'care_app'@'localhost', 'care_app'@'127.0.0.1';
FLUSH PRIVILEGES;
