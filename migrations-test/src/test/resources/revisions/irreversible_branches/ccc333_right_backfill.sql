-- revision: ccc333
-- down_revision: aaa111
-- message: right backfill

-- upgrade
INSERT INTO a VALUES (2);
