-- revision: o1
-- down_revision:
-- message: create orders

-- upgrade
CREATE TABLE orders (id INT PRIMARY KEY, placed_on DATE NOT NULL);

-- downgrade
DROP TABLE orders;
