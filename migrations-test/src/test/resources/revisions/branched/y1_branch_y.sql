-- revision: y1
-- down_revision: b0
-- message: branch y

-- upgrade
CREATE TABLE y (id int);

-- downgrade
DROP TABLE y;
