-- revision: s1
-- down_revision: 
-- message: slow step 1

-- upgrade
CREATE TABLE step1 (id INT);
INSERT INTO step1 SELECT 1 FROM pg_sleep(0.15);

-- downgrade
DROP TABLE step1;
