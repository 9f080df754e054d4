-- Assessment scores and grades, screening scores and the free-text notes of stays and home visits are health
-- data: stored as envelopes (xf1:<key id>:<base64>, shared.crypto.FieldCipher) from now on; V141-V144 encrypt the
-- rows written before. A number's or a grade's envelope is under 80 characters, a 500-character note's about 2,100.
--
-- The numeric columns carry range CHECKs that cannot hold for ciphertext. MariaDB drops a column's CHECK when the
-- column is modified, H2 keeps it under a generated name that a migration cannot know; so each of them is
-- replaced by a text column (the value copied over) and dropped, which drops its CHECK in both.
ALTER TABLE ability_assessment ADD COLUMN self_care_text VARCHAR(120) NULL;
ALTER TABLE ability_assessment ADD COLUMN basic_mobility_text VARCHAR(120) NULL;
ALTER TABLE ability_assessment ADD COLUMN mental_state_text VARCHAR(120) NULL;
ALTER TABLE ability_assessment ADD COLUMN perception_social_text VARCHAR(120) NULL;
ALTER TABLE ability_assessment ADD COLUMN total_score_text VARCHAR(120) NULL;
UPDATE ability_assessment SET self_care_text = self_care, basic_mobility_text = basic_mobility,
  mental_state_text = mental_state, perception_social_text = perception_social, total_score_text = total_score;
ALTER TABLE ability_assessment DROP COLUMN self_care;
ALTER TABLE ability_assessment DROP COLUMN basic_mobility;
ALTER TABLE ability_assessment DROP COLUMN mental_state;
ALTER TABLE ability_assessment DROP COLUMN perception_social;
ALTER TABLE ability_assessment DROP COLUMN total_score;
ALTER TABLE ability_assessment CHANGE COLUMN self_care_text self_care VARCHAR(120) NULL;
ALTER TABLE ability_assessment CHANGE COLUMN basic_mobility_text basic_mobility VARCHAR(120) NULL;
ALTER TABLE ability_assessment CHANGE COLUMN mental_state_text mental_state VARCHAR(120) NULL;
ALTER TABLE ability_assessment CHANGE COLUMN perception_social_text perception_social VARCHAR(120) NULL;
ALTER TABLE ability_assessment CHANGE COLUMN total_score_text total_score VARCHAR(120) NULL;
ALTER TABLE ability_assessment MODIFY COLUMN initial_grade VARCHAR(120) NULL;
ALTER TABLE ability_assessment MODIFY COLUMN final_grade VARCHAR(120) NULL;

ALTER TABLE cognitive_screening ADD COLUMN score_text VARCHAR(120) NULL;
UPDATE cognitive_screening SET score_text = score;
ALTER TABLE cognitive_screening DROP COLUMN score;
ALTER TABLE cognitive_screening CHANGE COLUMN score_text score VARCHAR(120) NOT NULL;

ALTER TABLE admission MODIFY COLUMN note VARCHAR(2200) NULL;
ALTER TABLE admission_event MODIFY COLUMN note VARCHAR(2200) NULL;
ALTER TABLE home_visit MODIFY COLUMN note VARCHAR(2200) NULL;
