-- revision: bbb222
-- down_revision: aaa111
-- message: fine

-- upgrade
CREATE TABLE b (id int);

-- downgrade
DROP TABLE b;
