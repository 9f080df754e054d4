-- An assessment's 26 item scores add up to its (encrypted, V140) sums and total, and its adjustments name the
-- grades and the rule that raised them (a dementia or psychiatric diagnosis): stored as envelopes from now on,
-- V146 encrypts the rows written before. The score's range CHECK cannot hold for ciphertext; as in V140 the column
-- is replaced by a text column, which drops the CHECK on MariaDB and H2 alike.
ALTER TABLE assessment_item ADD COLUMN score_text VARCHAR(120) NULL;
UPDATE assessment_item SET score_text = score;
ALTER TABLE assessment_item DROP COLUMN score;
ALTER TABLE assessment_item CHANGE COLUMN score_text score VARCHAR(120) NOT NULL;

ALTER TABLE assessment_adjustment MODIFY COLUMN rule_code VARCHAR(120) NOT NULL;
ALTER TABLE assessment_adjustment MODIFY COLUMN from_grade VARCHAR(120) NOT NULL;
ALTER TABLE assessment_adjustment MODIFY COLUMN to_grade VARCHAR(120) NOT NULL;
ALTER TABLE assessment_adjustment MODIFY COLUMN reason_zh VARCHAR(1000) NOT NULL;
ALTER TABLE assessment_adjustment MODIFY COLUMN reason_en VARCHAR(1000) NOT NULL;
