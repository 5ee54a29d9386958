-- A statement's kind is one of three names: it is kept as a number (Statements/StatementKinds.cs: direct 0, indirect
-- 1, partial 2) instead. SQLite cannot change a column's type, so the names move aside while the numbers are written.
ALTER TABLE statements RENAME COLUMN kind TO kind_name;
ALTER TABLE statements ADD COLUMN kind INTEGER;
UPDATE statements SET kind = CASE kind_name WHEN 'direct' THEN 0 WHEN 'indirect' THEN 1 WHEN 'partial' THEN 2 END;
ALTER TABLE statements DROP COLUMN kind_name;
