-- A statement's kind is one of three names: it is kept as a number (Statements/StatementKinds.cs: direct 0, indirect
-- 1, partial 2) instead.
ALTER TABLE statements ALTER COLUMN kind TYPE SMALLINT
    USING CASE kind WHEN 'direct' THEN 0 WHEN 'indirect' THEN 1 WHEN 'partial' THEN 2 END;
