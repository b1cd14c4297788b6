-- revision: t2
-- down_revision: t1
-- message: note owner and index

-- upgrade
ALTER TABLE note ADD COLUMN owner TEXT;
UPDATE note SET owner = current_schema();
CREATE INDEX note_body ON note (body);

-- downgrade
DROP INDEX note_body;
ALTER TABLE note DROP COLUMN owner;
