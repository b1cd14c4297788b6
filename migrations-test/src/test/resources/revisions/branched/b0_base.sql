-- revision: b0
-- down_revision: 
-- message: base

-- upgrade
CREATE TABLE base_t (id int PRIMARY KEY);

-- downgrade
DROP TABLE base_t;
