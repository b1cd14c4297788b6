-- revision: y2
-- down_revision: y1
-- message: branch y note

-- upgrade
ALTER TABLE y ADD COLUMN note text;

-- downgrade
ALTER TABLE y DROP COLUMN note;
