-- revision: ccc333
-- down_revision: bbb222
-- message: Require an email
-- create_date: 2026-12-01 12:00:00

-- upgrade
ALTER TABLE accounts ADD COLUMN email text NOT NULL;

-- downgrade
ALTER TABLE accounts DROP COLUMN email;
