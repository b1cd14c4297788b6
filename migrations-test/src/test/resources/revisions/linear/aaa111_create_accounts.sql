-- revision: aaa111
-- down_revision: 
-- message: create accounts

-- upgrade
CREATE TABLE accounts (id bigserial PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX accounts_email_idx ON accounts (email);

-- downgrade
DROP TABLE accounts;
