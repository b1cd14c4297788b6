-- revision: aaa111
-- down_revision: 
-- message: base
-- branch_labels: main

-- upgrade
CREATE TABLE a (id int);

-- downgrade
DROP TABLE a;
