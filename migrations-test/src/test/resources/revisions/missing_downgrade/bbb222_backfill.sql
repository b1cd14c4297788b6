-- revision: bbb222
-- down_revision: aaa111
-- message: backfill

-- upgrade
CREATE TABLE b (id int); INSERT INTO b SELECT id FROM a;
