-- revision: ccc333
-- down_revision: aaa111, bbb222
-- message: merge

-- upgrade
CREATE TABLE c (id int);

-- downgrade
DROP TABLE c;
