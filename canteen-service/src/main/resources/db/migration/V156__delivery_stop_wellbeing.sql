-- The volunteer's quick well-being check at the door (fine / unwell / needs a call), kept with the stop.
ALTER TABLE delivery_stop ADD COLUMN wellbeing VARCHAR(20) NULL;
ALTER TABLE delivery_stop ADD COLUMN wellbeing_note VARCHAR(300) NULL;
ALTER TABLE delivery_stop ADD COLUMN wellbeing_at DATETIME(6) NULL;
