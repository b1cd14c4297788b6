-- revision: ccc333
-- down_revision: aaa111
-- message: right

-- upgrade
CREATE TABLE c (id int);

-- downgrade
DROP TABLE c;
