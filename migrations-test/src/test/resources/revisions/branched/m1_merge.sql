-- revision: m1
-- down_revision: x1, y2
-- message: merge

-- upgrade
CREATE VIEW xy AS SELECT x.id, y.note FROM x JOIN y USING (id);

-- downgrade
DROP VIEW xy;
