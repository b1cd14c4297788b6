-- revision: aaa111
-- down_revision:
-- message: Create accounts
-- create_date: 2026-12-01 10:00:00

-- upgrade
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL);

-- downgrade
DROP TABLE accounts;
