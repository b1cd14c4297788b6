-- revision: 2e279922509e
-- down_revision: 3a26d263542c
-- message: Index logs by provider
-- create_date: 2026-11-05 16:30:00

-- upgrade
CREATE INDEX ix_logs_provider ON logs (provider);

-- downgrade
DROP INDEX ix_logs_provider;
