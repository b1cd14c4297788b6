-- revision: q7
-- down_revision: q6
-- message: slow step 7

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step7 (id INT);

-- downgrade
DROP TABLE step7;
