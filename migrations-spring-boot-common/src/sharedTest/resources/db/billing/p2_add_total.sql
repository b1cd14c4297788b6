-- revision: p2
-- down_revision: p1
-- message: add invoice total

-- upgrade
ALTER TABLE invoice ADD COLUMN total NUMERIC(12, 2);

-- downgrade
ALTER TABLE invoice DROP COLUMN total;
