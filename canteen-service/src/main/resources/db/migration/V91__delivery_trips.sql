-- A volunteer may make several trips from the kitchen for one meal (capacity is per trip, in insulated boxes).
-- trip: 1-based trip of the round that carries the meal (0 while unassigned); trip_leaves_at: when the plan has that
-- trip leave the kitchen; out_at: when it really left, from which the unconfirmed-delivery alert is counted.
ALTER TABLE delivery_stop ADD COLUMN trip INT NOT NULL DEFAULT 0;
ALTER TABLE delivery_stop ADD COLUMN trip_leaves_at DATETIME(6) NULL;
ALTER TABLE delivery_stop ADD COLUMN out_at DATETIME(6) NULL;
-- trips: how many trips the plan gives the round.
ALTER TABLE delivery_round ADD COLUMN trips INT NOT NULL DEFAULT 0;
