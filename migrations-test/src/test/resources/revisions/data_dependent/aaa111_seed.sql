-- revision: aaa111
-- down_revision: 
-- message: seed

-- upgrade
CREATE TABLE a (id int);
INSERT INTO a VALUES (1);

-- downgrade
DROP TABLE a;
