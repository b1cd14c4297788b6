-- revision: a1
-- down_revision:
-- message: create account

-- upgrade
CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO account (id, name) VALUES (1, 'first');

-- downgrade
DROP TABLE account;
