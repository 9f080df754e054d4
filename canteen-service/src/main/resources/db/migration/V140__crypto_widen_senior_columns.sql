-- Seniors' contact data, precise location, notes and eligibility statuses are stored as AES-GCM envelopes
-- (xf1:<key id>:<base64>, shared.crypto.FieldCipher); V141 encrypts the rows already here. Coordinates become
-- text (the envelope of the decimal). phone_tail (last four digits, for the counter's search) stays as it is.
ALTER TABLE senior MODIFY COLUMN phone VARCHAR(120) NULL;
ALTER TABLE senior MODIFY COLUMN address VARCHAR(1000) NOT NULL;
ALTER TABLE senior MODIFY COLUMN latitude VARCHAR(120) NULL;
ALTER TABLE senior MODIFY COLUMN longitude VARCHAR(120) NULL;
ALTER TABLE senior MODIFY COLUMN emergency_phone VARCHAR(120) NULL;
ALTER TABLE senior MODIFY COLUMN worker_phone VARCHAR(120) NULL;
ALTER TABLE senior MODIFY COLUMN delivery_notes VARCHAR(2200) NULL;
ALTER TABLE senior_status MODIFY COLUMN status VARCHAR(120) NOT NULL;
