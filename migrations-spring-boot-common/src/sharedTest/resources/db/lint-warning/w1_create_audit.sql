-- revision: w1
-- down_revision:
-- message: create audit, no way back

-- upgrade
CREATE TABLE audit (id int);
