-- revision: t1
-- down_revision:
-- message: create note

-- upgrade
CREATE TABLE note (id INT PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO note (id, body) VALUES (1, 'first');

-- downgrade
DROP TABLE note;
