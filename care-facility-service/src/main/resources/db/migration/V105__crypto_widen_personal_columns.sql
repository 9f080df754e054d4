-- Personal data is stored as AES-GCM envelopes (xf1:<key id>:<base64>, shared.crypto.FieldCipher): the columns
-- grow to hold them, ID numbers get a blind index (HMAC) for equality lookups, and the unique key moves from
-- the plaintext to the index (V110, once V106-V109 have encrypted the existing rows).
ALTER TABLE resident DROP INDEX uk_resident_id_number;
ALTER TABLE resident MODIFY COLUMN id_number VARCHAR(120) NOT NULL;
ALTER TABLE resident ADD COLUMN id_number_index VARCHAR(64) NULL AFTER id_number;
ALTER TABLE resident MODIFY COLUMN phone VARCHAR(120) NULL;
ALTER TABLE resident MODIFY COLUMN health_notes TEXT NULL;

ALTER TABLE diagnosis MODIFY COLUMN icd10_code VARCHAR(120) NOT NULL;
ALTER TABLE diagnosis MODIFY COLUMN name VARCHAR(600) NOT NULL;

ALTER TABLE care_staff MODIFY COLUMN id_number VARCHAR(120) NULL;
ALTER TABLE care_staff ADD COLUMN id_number_index VARCHAR(64) NULL AFTER id_number;

ALTER TABLE bed MODIFY COLUMN home_address VARCHAR(1000) NULL;

ALTER TABLE care_event MODIFY COLUMN note VARCHAR(2200) NULL;
