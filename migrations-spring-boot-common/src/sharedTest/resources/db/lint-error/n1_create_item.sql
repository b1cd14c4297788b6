-- revision: n1
-- down_revision:
-- message: create item

-- upgrade
CREATE TABLE item (id int PRIMARY KEY);

-- downgrade
DROP TABLE item;
