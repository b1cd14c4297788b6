-- revision: n2
-- down_revision: n1
-- message: add sku

-- upgrade
ALTER TABLE item ADD COLUMN sku text NOT NULL;

-- downgrade
ALTER TABLE item DROP COLUMN sku;
