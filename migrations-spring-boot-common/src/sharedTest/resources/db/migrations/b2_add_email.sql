-- revision: b2
-- down_revision: a1
-- message: add email

-- upgrade
ALTER TABLE account ADD COLUMN email VARCHAR(200);

-- downgrade
ALTER TABLE account DROP COLUMN email;
