-- revision: bbb222
-- down_revision: 
-- message: second base

-- upgrade
CREATE TABLE b (id int);

-- downgrade
DROP TABLE b;
