-- revision: ccc333
-- down_revision: bbb222
-- message: bad up

-- upgrade
ALTER TABLE no_such_table ADD COLUMN x int;

-- downgrade
SELECT 1;
