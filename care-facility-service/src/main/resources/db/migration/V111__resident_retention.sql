-- Resident records are anonymised five years after the last service agreement ended (养老机构管理办法 art. 32;
-- resident.RecordRetention). The date says when, and keeps the job from touching a record twice.
ALTER TABLE resident ADD COLUMN anonymised_on DATE NULL AFTER deceased_on;
