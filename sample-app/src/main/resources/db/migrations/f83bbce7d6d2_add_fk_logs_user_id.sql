-- revision: f83bbce7d6d2
-- down_revision: 942e91a72a2c
-- message: Delete a user's logs with the user
-- create_date: 2026-11-09 11:00:00

-- upgrade
-- Logs of users that no longer exist would make the constraint fail; detach them first.
UPDATE logs SET user_id = NULL WHERE user_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM users WHERE users.id = logs.user_id);
ALTER TABLE logs ADD CONSTRAINT fk_logs_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE;

-- downgrade
ALTER TABLE logs DROP CONSTRAINT fk_logs_user_id;
