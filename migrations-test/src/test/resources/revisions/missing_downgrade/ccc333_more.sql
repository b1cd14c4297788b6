-- revision: ccc333
-- down_revision: bbb222
-- message: more

-- upgrade
CREATE TABLE c (id int);

-- downgrade
DROP TABLE c;
