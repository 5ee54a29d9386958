-- A quote's variants are read without their articles where they word the quote as its canonical text does: each quote
-- link keeps a hash of its statement's text (StatementTexts.WordingHash; a statement's text never changes), which a
-- view compares with the hash of the quote's canonical text as it stands when read. The links are kept by quote, so
-- that a quote's variants are one range of the table; the statements' own index finds a statement's link.
-- The trigger that unlinks a deleted statement names this table: it is set aside while the table is rebuilt.
DROP TRIGGER statements_unlink;
CREATE TABLE statement_quotes_by_quote (
    quote_id TEXT NOT NULL,
    statement_id TEXT NOT NULL,
    wording INTEGER,
    PRIMARY KEY (quote_id, statement_id)
) WITHOUT ROWID;
INSERT INTO statement_quotes_by_quote (quote_id, statement_id) SELECT quote_id, statement_id FROM statement_quotes ORDER BY quote_id, statement_id;
DROP TABLE statement_quotes;
ALTER TABLE statement_quotes_by_quote RENAME TO statement_quotes;
CREATE UNIQUE INDEX statement_quotes_statement ON statement_quotes (statement_id);
CREATE TRIGGER statements_unlink BEFORE DELETE ON statements BEGIN
    DELETE FROM statement_speakers WHERE statement_id = old.id;
    DELETE FROM statement_quotes WHERE statement_id = old.id;
    DELETE FROM statement_meetings WHERE statement_id = old.id;
END;
