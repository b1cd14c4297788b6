-- revision: 1a2b3c4d5e6f
-- down_revision:
-- message: Create accounts

-- upgrade
CREATE TABLE accounts (id BIGINT PRIMARY KEY, name TEXT NOT NULL);

-- downgrade
DROP TABLE accounts;
