-- revision: eec0ecf1332c
-- down_revision: 03dacfff8ecd
-- branch_labels: auth
-- message: API keys expire and record their last use
-- create_date: 2026-11-16 10:00:00

-- upgrade
ALTER TABLE api_keys ADD COLUMN expires_at timestamp with time zone;
ALTER TABLE api_keys ADD COLUMN last_used_at timestamp with time zone;

-- downgrade
ALTER TABLE api_keys DROP COLUMN last_used_at;
ALTER TABLE api_keys DROP COLUMN expires_at;
