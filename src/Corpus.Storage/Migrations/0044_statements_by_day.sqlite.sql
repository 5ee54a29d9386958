-- Statements' words once more, keyed by their article's day: a statement's row here is its day (the Julian day number
-- of its article's date, 0 when undated) shifted left by 34 bits, plus its own rowid (Search/NewestHits.cs). FTS5
-- hands hits over in rowid order and stops at a LIMIT, so a query's newest statements come first without reading its
-- other hits, as statements_fts, keyed by statement alone, cannot. Which statements hold a word, not where
-- (detail = none): phrases and ranks are statements_fts's. IndexStatementsByDay.cs indexes the stored statements.
CREATE VIRTUAL TABLE statements_by_day USING fts5(
    text, content = '', contentless_delete = 1, detail = none, tokenize = 'porter unicode61 remove_diacritics 0'
);

DROP TRIGGER statements_fts_delete;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts WHERE rowid = old.rowid;
    DELETE FROM statement_lengths WHERE statement = old.rowid;
    DELETE FROM statements_by_day
    WHERE rowid = (COALESCE((SELECT CAST(julianday(substr(a.published, 1, 10)) AS INTEGER) FROM articles a WHERE a.id = old.article_id), 0) << 34) | old.rowid;
END;
