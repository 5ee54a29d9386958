-- Statements by relevance to one common word without scoring every hit with bm25 (see SqliteRankedHits): each
-- statement's length in tokens, which bm25 divides by, kept where statements can be walked shortest first. FTS5 keeps
-- it only in statements_fts_docsize, by rowid, one lookup per hit.

-- The length FTS5 wrote for each statement: statements_fts_docsize holds one varint per column (one column here), big
-- end first, seven bits a byte, the high bit set on every byte but the last. Five bytes hold 2^35 - 1, more tokens
-- than a text SQLite can store has.
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

CREATE TABLE statement_lengths (
    statement INTEGER PRIMARY KEY,
    length INTEGER NOT NULL
);

CREATE INDEX statement_lengths_length ON statement_lengths (length);

-- Every occurrence of a term in the index, one row each, in rowid order: how often a statement holds the word.
CREATE VIRTUAL TABLE statements_fts_instances USING fts5vocab(statements_fts, instance);

-- The length is read back after the index wrote it, in the same trigger: separate triggers run in no fixed order.
DROP TRIGGER statements_fts_insert;
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
    INSERT INTO statement_lengths (statement, length) SELECT id, length FROM statements_fts_lengths WHERE id = new.rowid;
END;

DROP TRIGGER statements_fts_delete;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    DELETE FROM statement_lengths WHERE statement = old.rowid;
END;

DROP TRIGGER statements_fts_update;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
    INSERT OR REPLACE INTO statement_lengths (statement, length) SELECT id, length FROM statements_fts_lengths WHERE id = new.rowid;
END;

INSERT INTO statement_lengths (statement, length) SELECT id, length FROM statements_fts_lengths;
