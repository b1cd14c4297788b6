-- revision: ddd444
-- down_revision: bbb222, ccc333
-- message: merge

-- upgrade
CREATE TABLE d (id int);

-- downgrade
DROP TABLE d;
