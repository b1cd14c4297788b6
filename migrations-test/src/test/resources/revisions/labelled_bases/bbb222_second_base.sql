-- revision: bbb222
-- down_revision: 
-- message: second base
-- branch_labels: reports

-- upgrade
CREATE TABLE b (id int);

-- downgrade
DROP TABLE b;
