-- revision: s2
-- down_revision: s1
-- message: slow step 2

-- upgrade
CREATE TABLE step2 (id INT);
INSERT INTO step2 SELECT 1 FROM pg_sleep(0.15);

-- downgrade
DROP TABLE step2;
