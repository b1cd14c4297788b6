-- revision: p1
-- down_revision:
-- message: create invoice

-- upgrade
CREATE TABLE invoice (id INT PRIMARY KEY);

-- downgrade
DROP TABLE invoice;
