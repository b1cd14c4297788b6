-- revision: q3
-- down_revision: q2
-- message: slow step 3

-- upgrade
SELECT pg_sleep(0.3);
CREATE TABLE step3 (id INT);

-- downgrade
DROP TABLE step3;
