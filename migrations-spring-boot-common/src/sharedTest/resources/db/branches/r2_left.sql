-- revision: r2
-- down_revision: r1
-- message: left branch
-- branch_labels: left

-- upgrade
CREATE TABLE left_table (id INT PRIMARY KEY);

-- downgrade
DROP TABLE left_table;
