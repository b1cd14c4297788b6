-- revision: bbb222
-- down_revision: aaa111
-- message: left backfill

-- upgrade
INSERT INTO a VALUES (1);
