-- Shift headcounts no longer carry typed caregiver counts: staffing comes from the roster.
ALTER TABLE cognitive_unit_shift MODIFY COLUMN caregivers INT NULL;
