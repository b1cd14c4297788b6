-- revision: c3
-- down_revision: b2
-- message: refers to a table that does not exist, after two good revisions

-- upgrade
INSERT INTO no_such_table (id) VALUES (1);

-- downgrade
