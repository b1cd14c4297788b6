-- revision: q8
-- down_revision: q7
-- message: slow step 8

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step8 (id INT);

-- downgrade
DROP TABLE step8;
