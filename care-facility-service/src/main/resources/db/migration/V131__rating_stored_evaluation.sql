-- A self-assessment keeps the evaluation computed when it was recorded (result and the threshold table
-- version used), so a later table or setting can never change a past result. Rows recorded before this
-- migration get theirs on first read, with the table in force on their assessment date.
ALTER TABLE rating_self_assessment ADD COLUMN threshold_table_id BIGINT NULL;
ALTER TABLE rating_self_assessment ADD COLUMN level_awarded INT NULL;
ALTER TABLE rating_self_assessment ADD COLUMN evaluation_json MEDIUMTEXT NULL;
ALTER TABLE rating_self_assessment ADD COLUMN evaluated_at DATETIME(6) NULL;
