-- revision: 8f97975fec5c
-- down_revision: 1a2b3c4d5e6f
-- message: Add users

-- upgrade
CREATE TABLE users (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);
