-- A model the revisions in db/migrations do not build: the email column is wider.
CREATE TABLE account (
    id int PRIMARY KEY,
    name varchar(100) NOT NULL,
    email varchar(320)
);
