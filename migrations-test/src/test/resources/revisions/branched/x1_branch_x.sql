-- revision: x1
-- down_revision: b0
-- message: branch x

-- upgrade
CREATE TABLE x (id int);

-- downgrade
DROP TABLE x;
