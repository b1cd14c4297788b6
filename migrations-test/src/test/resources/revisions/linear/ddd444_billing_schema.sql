-- revision: ddd444
-- down_revision: ccc333
-- message: billing schema

-- upgrade
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                               account_id bigint NOT NULL REFERENCES accounts (id));

-- downgrade
DROP SCHEMA billing CASCADE;
