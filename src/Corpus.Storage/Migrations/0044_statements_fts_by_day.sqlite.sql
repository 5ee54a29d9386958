-- The statement index keyed by day: a statement's row in statements_fts is its day (the Julian day number of its
-- article's date, 0 when undated) shifted left by 34 bits, plus its own rowid (Search/NewestHits.cs). FTS5 hands hits
-- over in rowid order and stops at a LIMIT, so a query's newest statements come first without reading its other hits;
-- keyed by statement alone, every hit had to be read to find them. statement_lengths stays keyed by statement.
-- IndexStatementsByDay.cs indexes the stored statements again, with the tokenizer of 0015 and 0037 (the same lengths).
DROP TRIGGER statements_fts_delete;
DROP TABLE statements_fts;

-- As 0037 made it. The view statements_fts_lengths (0026) and the vocabulary statements_fts_instances read it by name,
-- the view its docsize table, whose ids are now the keys.
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 0'
);

-- An article keeps the date it was settled with, so a statement's key is found again from it.
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts
    WHERE rowid = (COALESCE((SELECT CAST(julianday(substr(a.published, 1, 10)) AS INTEGER) FROM articles a WHERE a.id = old.article_id), 0) << 34) | old.rowid;
    DELETE FROM statement_lengths WHERE statement = old.rowid;
END;
