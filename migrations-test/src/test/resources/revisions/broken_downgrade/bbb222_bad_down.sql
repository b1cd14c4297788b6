-- revision: bbb222
-- down_revision: aaa111
-- message: bad down

-- upgrade
CREATE TABLE b (id int);

-- downgrade
DROP TABLE no_such_table;
