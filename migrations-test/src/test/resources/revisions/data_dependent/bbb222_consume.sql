-- revision: bbb222
-- down_revision: aaa111
-- message: consume

-- upgrade
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM a) THEN
    CREATE TABLE first_run (id int);
  ELSE
    CREATE TABLE later_run (id int);
  END IF;
END
$$;
DELETE FROM a;

-- downgrade
DROP TABLE IF EXISTS first_run;
DROP TABLE IF EXISTS later_run;
