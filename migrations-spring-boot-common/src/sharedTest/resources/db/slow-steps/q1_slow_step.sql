-- revision: q1
-- down_revision: 
-- message: slow step 1

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step1 (id INT);

-- downgrade
DROP TABLE step1;
