-- One schema per service, one least-privilege user per service: each user reaches only its own schema.
-- Passwords here are for development and CI only; production sets its own (see config/env/.env.example).
CREATE DATABASE IF NOT EXISTS canteen CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS care_facility CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'canteen_app'@'localhost' IDENTIFIED BY 'canteen_app_dev';
CREATE USER IF NOT EXISTS 'canteen_app'@'127.0.0.1' IDENTIFIED BY 'canteen_app_dev';
CREATE USER IF NOT EXISTS 'care_app'@'localhost' IDENTIFIED BY 'care_app_dev';
CREATE USER IF NOT EXISTS 'care_app'@'127.0.0.1' IDENTIFIED BY 'care_app_dev';

-- Flyway needs DDL rights on the service's own schema (TRIGGER: the audit log's append-only triggers); nothing is
-- granted on any other schema.
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, LOCK TABLES, TRIGGER
  ON canteen.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, LOCK TABLES, TRIGGER
  ON care_facility.* TO 'care_app'@'localhost', 'care_app'@'127.0.0.1';
FLUSH PRIVILEGES;
