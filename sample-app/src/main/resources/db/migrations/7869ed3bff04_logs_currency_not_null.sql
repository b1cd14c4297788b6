-- revision: 7869ed3bff04
-- down_revision: a68a40bcf857
-- message: Make logs.currency NOT NULL (step 3 of 3)
-- create_date: 2026-11-12 09:20:00

-- upgrade
ALTER TABLE logs ALTER COLUMN currency SET NOT NULL;

-- downgrade
ALTER TABLE logs ALTER COLUMN currency DROP NOT NULL;
