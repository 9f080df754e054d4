-- A delivery stop keeps its own copy of the senior's coordinates (the plan must not move when the senior's
-- record changes), so it is as precise a location as senior.latitude/longitude and is stored the same way: an
-- AES-GCM envelope of the decimal text (shared.crypto.FieldCipher). The planner reads them through JPA and
-- computes every distance in Java; no SQL computes with them. V162 encrypts the stops already here.
ALTER TABLE delivery_stop MODIFY COLUMN latitude VARCHAR(120) NOT NULL;
ALTER TABLE delivery_stop MODIFY COLUMN longitude VARCHAR(120) NOT NULL;
