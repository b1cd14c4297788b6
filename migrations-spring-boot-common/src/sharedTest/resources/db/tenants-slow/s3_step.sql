-- revision: s3
-- down_revision: s2
-- message: slow step 3

-- upgrade
CREATE TABLE step3 (id INT);
INSERT INTO step3 SELECT 1 FROM pg_sleep(0.15);

-- downgrade
DROP TABLE step3;
