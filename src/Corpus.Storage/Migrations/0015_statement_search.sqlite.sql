-- Full-text search over statements, kept by the database itself: grains write statements as before.
-- External content: the index holds no second copy of the text. It is linked through the statements' implicit
-- rowid, which only VACUUM could renumber, and nothing runs VACUUM on this store.
-- No diacritics folding and porter stemming, as PostgreSQL's corpus_search configuration does (0015 for PostgreSQL).
CREATE VIRTUAL TABLE statements_fts USING fts5(
    text,
    content = 'statements',
    content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 0'
);

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

-- Only a changed text touches the index; grains setting a statement's speaker, meeting or quote do not.
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO statements_fts (rowid, text) VALUES (new.rowid, new.text);
END;

INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');

-- Statements newest first walk articles by day (see StatementSearch); undated ones sort last, as ''.
CREATE INDEX articles_day ON articles (COALESCE(substr(published, 1, 10), ''));
