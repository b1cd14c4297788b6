-- revision: q6
-- down_revision: q5
-- message: slow step 6

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step6 (id INT);

-- downgrade
DROP TABLE step6;
