-- revision: bbb222
-- down_revision: aaa111
-- message: add extra

-- upgrade
ALTER TABLE a ADD COLUMN extra int;

-- downgrade
SELECT 1;
