-- V106-V109 have encrypted the existing rows and filled the blind indexes: uniqueness now holds on the index.
ALTER TABLE resident MODIFY COLUMN id_number_index VARCHAR(64) NOT NULL;
CREATE UNIQUE INDEX uk_resident_id_number_index ON resident (id_number_index);
CREATE INDEX ix_care_staff_id_number_index ON care_staff (id_number_index);
