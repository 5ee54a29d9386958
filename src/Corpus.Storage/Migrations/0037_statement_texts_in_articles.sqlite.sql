-- A statement's text is stored only where its article's clean text does not hold it between the statement's offsets
-- (Statements/StatementTexts.cs), most statements: the text column is null otherwise. SQLite cannot make a column
-- nullable, so the texts move aside; LeaveStatementTextsToArticles.cs keeps the ones the clean texts do not hold and
-- drops the old column after this script.
--
-- The index cannot read texts from the rows any more: it is contentless, fed by the writer with each statement's text
-- (Search/FullText.cs), and statement_lengths with it. It still deletes a statement's entry by rowid alone; the page's
-- matches are marked apart (FullText.MarkAsync). Same tokenizer as 0015, so the lengths and scores stay as they were.
DROP TRIGGER statements_fts_insert;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts_instances;
DROP VIEW statements_fts_lengths;
DROP TABLE statements_fts;

CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 0'
);

ALTER TABLE statements RENAME COLUMN text TO stored_text;
ALTER TABLE statements ADD COLUMN text TEXT;

INSERT INTO statements_fts (rowid, text) SELECT rowid, stored_text FROM statements ORDER BY rowid;

-- As 0026 made it.
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

-- The lengths were written by the same tokenizer for the same rowids: statement_lengths stays as it is.

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    DELETE FROM statements_fts WHERE rowid = old.rowid;
    DELETE FROM statement_lengths WHERE statement = old.rowid;
END;
