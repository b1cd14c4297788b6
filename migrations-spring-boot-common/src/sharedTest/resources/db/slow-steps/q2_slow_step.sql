-- revision: q2
-- down_revision: q1
-- message: slow step 2

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step2 (id INT);

-- downgrade
DROP TABLE step2;
