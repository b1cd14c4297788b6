-- revision: 3a26d263542c
-- down_revision: e8e5fe1033e9
-- message: Add logs.error
-- create_date: 2026-11-05 10:00:00

-- upgrade
ALTER TABLE logs ADD COLUMN error varchar(2000);

-- downgrade
ALTER TABLE logs DROP COLUMN error;
