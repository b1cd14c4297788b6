CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL, note text);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id),
    total numeric(12, 2) NOT NULL DEFAULT 0
);
