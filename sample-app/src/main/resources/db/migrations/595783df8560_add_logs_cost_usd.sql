-- revision: 595783df8560
-- down_revision: 9ab4b1a233d3
-- message: Costs in US dollars with micro-dollar precision replace logs.cost_deprecated
-- create_date: 2026-11-17 14:00:00

-- upgrade
ALTER TABLE logs ADD COLUMN cost_usd numeric(12, 6);
UPDATE logs SET cost_usd = cost_deprecated WHERE cost_deprecated IS NOT NULL;

-- downgrade
-- Costs written since the upgrade exist only in cost_usd; keep them (rounded to the old scale) before dropping it.
UPDATE logs SET cost_deprecated = ROUND(cost_usd, 4) WHERE cost_deprecated IS NULL AND cost_usd IS NOT NULL;
ALTER TABLE logs DROP COLUMN cost_usd;
