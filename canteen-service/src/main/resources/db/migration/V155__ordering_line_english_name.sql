-- The English name of each dish is copied onto the order line with the Chinese one, so the kitchen display in
-- English mode shows what was ordered in English and a later rename of the dish never rewrites the order.
ALTER TABLE meal_order_line ADD COLUMN name_en VARCHAR(100) NOT NULL DEFAULT '' AFTER name;

UPDATE meal_order_line SET name_en = COALESCE((SELECT d.name_en FROM dish d WHERE d.id = meal_order_line.dish_id), '');
