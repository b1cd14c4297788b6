-- revision: aaa111
-- down_revision: 
-- message: base

-- upgrade
CREATE TABLE a (id int);

-- downgrade
DROP TABLE a;
