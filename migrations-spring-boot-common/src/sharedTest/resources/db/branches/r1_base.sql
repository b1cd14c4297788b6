-- revision: r1
-- down_revision:
-- message: base

-- upgrade
CREATE TABLE base_table (id INT PRIMARY KEY);

-- downgrade
DROP TABLE base_table;
