-- The schema the revisions in db/migrations build: the model the model-check tests compare with.
CREATE TABLE account (
    id int PRIMARY KEY,
    name varchar(100) NOT NULL,
    email varchar(200)
);
