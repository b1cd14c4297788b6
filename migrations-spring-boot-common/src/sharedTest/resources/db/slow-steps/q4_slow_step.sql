-- revision: q4
-- down_revision: q3
-- message: slow step 4

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step4 (id INT);

-- downgrade
DROP TABLE step4;
