-- revision: t1
-- down_revision:
-- message: create note

-- upgrade
CREATE TABLE note (id INT PRIMARY KEY, body TEXT NOT NULL);

-- downgrade
DROP TABLE note;
