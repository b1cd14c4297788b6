-- revision: t1
-- down_revision: m1
-- message: after merge

-- upgrade
CREATE INDEX y_note_idx ON y (note);

-- downgrade
DROP INDEX y_note_idx;
