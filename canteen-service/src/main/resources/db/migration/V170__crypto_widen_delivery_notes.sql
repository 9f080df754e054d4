-- What a volunteer wrote at the door (the failed hand-over's note, the well-being check's note: often health,
-- "unwell, dizzy") and what the welfare alert copies of it (detail), whom it names to call (follow_up: the
-- emergency contact's and community worker's names and phones, copied from the encrypted senior record) and how
-- staff resolved it (resolution) are stored as AES-GCM envelopes (shared.crypto.FieldCipher), like
-- senior.delivery_notes. An envelope of n characters of text is at most 4/3 * (3n + 28) + 21 characters, so 300
-- characters need 1261 and 500 need 2061. detail is wider than the note because the well-being alert prefixes the
-- check's name to the 300-character note. Nothing filters, sorts or searches on these columns in SQL. V171
-- encrypts the rows already here.
ALTER TABLE delivery_stop MODIFY COLUMN note VARCHAR(1300) NULL;
ALTER TABLE delivery_stop MODIFY COLUMN wellbeing_note VARCHAR(1300) NULL;
ALTER TABLE welfare_alert MODIFY COLUMN detail VARCHAR(2200) NULL;
ALTER TABLE welfare_alert MODIFY COLUMN follow_up VARCHAR(2200) NOT NULL;
ALTER TABLE welfare_alert MODIFY COLUMN resolution VARCHAR(2200) NULL;
