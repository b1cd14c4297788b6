-- revision: aaa111
-- down_revision:
-- message: only sql

-- upgrade
CREATE TABLE only_sql (id int);

-- downgrade
DROP TABLE only_sql;
