-- revision: j1
-- down_revision:
-- message: create plan

-- upgrade
CREATE TABLE plan (name TEXT PRIMARY KEY);

-- downgrade
DROP TABLE plan;
