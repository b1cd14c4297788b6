-- revision: e21450ca5738
-- down_revision: 7869ed3bff04
-- message: Ensure an index on logs.created_at
-- create_date: 2026-11-13 15:00:00

-- upgrade
-- Some environments got this index by hand during an incident; IF NOT EXISTS makes the revision safe on both.
CREATE INDEX IF NOT EXISTS ix_logs_created_at ON logs (created_at);

-- downgrade
DROP INDEX IF EXISTS ix_logs_created_at;
