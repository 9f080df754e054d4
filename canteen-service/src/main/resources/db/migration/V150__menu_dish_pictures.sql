-- One picture per dish (menu module), kept in the database so every instance of the service serves the same
-- bytes without a shared file system. Uploads are re-encoded as JPEG (metadata such as GPS positions dropped):
-- `content` at most 1280 px on its long side, `thumbnail` at most 360 px. `version` (a prefix of the SHA-256 of
-- `content`) goes into the picture's URL, so a replaced picture gets a new URL and caches never show the old one.
CREATE TABLE dish_picture (
  dish_id        BIGINT       NOT NULL PRIMARY KEY,
  content        MEDIUMBLOB   NOT NULL,
  thumbnail      MEDIUMBLOB   NOT NULL,
  content_type   VARCHAR(32)  NOT NULL,
  width          INT          NOT NULL,
  height         INT          NOT NULL,
  byte_size      INT          NOT NULL,
  version        VARCHAR(16)  NOT NULL,
  uploaded_at    DATETIME(6)  NOT NULL,
  uploaded_by    VARCHAR(64)  NOT NULL,
  CONSTRAINT fk_dish_picture_dish FOREIGN KEY (dish_id) REFERENCES dish (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
