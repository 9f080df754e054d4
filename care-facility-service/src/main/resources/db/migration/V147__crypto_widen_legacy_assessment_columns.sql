-- The grade and total of imported MZ/T 039-2013 assessments say how far a resident was disabled, like the
-- GB/T 42195-2022 grades and totals encrypted since V140: stored as envelopes from now on, V148 encrypts the rows
-- written before. As in V140 the columns are replaced by text columns (values copied), which drops legacy_grade's
-- range CHECK on MariaDB and H2 alike; the API keeps the 0..3 range.
ALTER TABLE ability_assessment ADD COLUMN legacy_grade_text VARCHAR(120) NULL;
ALTER TABLE ability_assessment ADD COLUMN legacy_total_text VARCHAR(120) NULL;
UPDATE ability_assessment SET legacy_grade_text = legacy_grade, legacy_total_text = legacy_total;
ALTER TABLE ability_assessment DROP COLUMN legacy_grade;
ALTER TABLE ability_assessment DROP COLUMN legacy_total;
ALTER TABLE ability_assessment CHANGE COLUMN legacy_grade_text legacy_grade VARCHAR(120) NULL;
ALTER TABLE ability_assessment CHANGE COLUMN legacy_total_text legacy_total VARCHAR(120) NULL;
