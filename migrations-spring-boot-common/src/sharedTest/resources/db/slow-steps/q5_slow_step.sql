-- revision: q5
-- down_revision: q4
-- message: slow step 5

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step5 (id INT);

-- downgrade
DROP TABLE step5;
