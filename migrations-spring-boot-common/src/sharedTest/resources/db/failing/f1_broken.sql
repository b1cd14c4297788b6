-- revision: f1
-- down_revision:
-- message: refers to a table that does not exist

-- upgrade
INSERT INTO no_such_table (id) VALUES (1);

-- downgrade
