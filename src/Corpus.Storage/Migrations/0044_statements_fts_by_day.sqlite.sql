-- The statement index keyed by day: a statement's row in statements_fts is its day (the Julian day number of its
-- article's date, 0 when undated) shifted left by 34 bits, plus its own rowid (Search/NewestHits.cs). FTS5 hands hits
-- over in rowid order and stops at a LIMIT, so a query's newest statements come first without reading its other hits;
-- keyed by statement alone, every hit had to be read to find them. statement_lengths stays keyed by statement.
-- IndexStatementsByDay.cs indexes the stored statements again, with the tokenizer of 0015 and 0037 (the same lengths).
DROP TRIGGER statements_fts_delete;
DROP TABLE statements_fts_instances;
DROP VIEW statements_fts_lengths;
DROP TABLE statements_fts;

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 0'
);

-- As 0026 made it; its ids are the index's keys.
CREATE VIEW statements_fts_lengths AS
SELECT id, CASE length(sz)
               WHEN 1 THEN b0
               WHEN 2 THEN ((b0 - 128) << 7) + b1
               WHEN 3 THEN ((((b0 - 128) << 7) + b1 - 128) << 7) + b2
               WHEN 4 THEN ((((((b0 - 128) << 7) + b1 - 128) << 7) + b2 - 128) << 7) + b3
               WHEN 5 THEN ((((((((b0 - 128) << 7) + b1 - 128) << 7) + b2 - 128) << 7) + b3 - 128) << 7) + b4
           END AS length
FROM (SELECT id, sz,
             (instr('0123456789ABCDEF', substr(hex(sz), 1, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(hex(sz), 2, 1)) - 1 AS b0,
             (instr('0123456789ABCDEF', substr(hex(sz), 3, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(hex(sz), 4, 1)) - 1 AS b1,
             (instr('0123456789ABCDEF', substr(hex(sz), 5, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(hex(sz), 6, 1)) - 1 AS b2,
             (instr('0123456789ABCDEF', substr(hex(sz), 7, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(hex(sz), 8, 1)) - 1 AS b3,
             (instr('0123456789ABCDEF', substr(hex(sz), 9, 1)) - 1) * 16 + instr('0123456789ABCDEF', substr(hex(sz), 10, 1)) - 1 AS b4
      FROM statements_fts_docsize);

CREATE VIRTUAL TABLE statements_fts_instances USING fts5vocab(statements_fts, instance);

-- An article keeps the date it was settled with, so a statement's key is found again from it.
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts
    WHERE rowid = (COALESCE((SELECT CAST(julianday(substr(a.published, 1, 10)) AS INTEGER) FROM articles a WHERE a.id = old.article_id), 0) << 34) | old.rowid;
    DELETE FROM statement_lengths WHERE statement = old.rowid;
END;
