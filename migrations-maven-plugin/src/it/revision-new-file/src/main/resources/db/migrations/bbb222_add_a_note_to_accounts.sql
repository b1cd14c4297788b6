-- revision: bbb222
-- down_revision: aaa111
-- message: Add a note to accounts
-- create_date: 2026-12-01 11:00:00

-- upgrade
ALTER TABLE accounts ADD COLUMN note text;

-- downgrade
ALTER TABLE accounts DROP COLUMN note;
