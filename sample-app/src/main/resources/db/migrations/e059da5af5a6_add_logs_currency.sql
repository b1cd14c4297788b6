-- revision: e059da5af5a6
-- down_revision: d944a7244af3
-- message: Add logs.currency (NOT NULL, step 1 of 3, nullable)
-- create_date: 2026-11-12 09:00:00

-- upgrade
-- Nullable first: adding a NOT NULL column would fail on existing rows, and old code does not write it yet.
ALTER TABLE logs ADD COLUMN currency varchar(3);

-- downgrade
ALTER TABLE logs DROP COLUMN currency;
