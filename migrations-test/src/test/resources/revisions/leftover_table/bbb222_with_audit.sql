-- revision: bbb222
-- down_revision: aaa111
-- message: with audit

-- upgrade
CREATE TABLE b (id int);
CREATE TABLE b_audit (id int);

-- downgrade
DROP TABLE b;
