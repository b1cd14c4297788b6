-- revision: bbb222
-- down_revision: aaa111
-- message: add status

-- upgrade
CREATE TYPE account_status AS ENUM ('active', 'closed');
ALTER TABLE accounts ADD COLUMN status account_status NOT NULL DEFAULT 'active';

-- downgrade
ALTER TABLE accounts DROP COLUMN status;
DROP TYPE account_status;
