-- revision: r3
-- down_revision: r1
-- message: right branch

-- upgrade
CREATE TABLE right_table (id INT PRIMARY KEY);

-- downgrade
DROP TABLE right_table;
