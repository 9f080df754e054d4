-- CI and development only (.ci/run applies every file here): the schema of TwoInstancesIT, which runs two
-- canteen-service processes on a schema of their own (the test schema's name + "_cluster") as canteen_app.
-- Not needed in production.
CREATE DATABASE IF NOT EXISTS canteen_cluster CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, DROP, INDEX, REFERENCES, CREATE VIEW, SHOW VIEW, LOCK TABLES, TRIGGER
  ON canteen_cluster.* TO 'canteen_app'@'localhost', 'canteen_app'@'127.0.0.1';
FLUSH PRIVILEGES;
