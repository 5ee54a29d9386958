-- A quote's variants are read without their articles where they word the quote as its canonical text does: each quote
-- link keeps a hash of its statement's text (StatementTexts.WordingHash; a statement's text never changes), which a
-- view compares with the hash of the quote's canonical text as it stands when read. The quote's index carries it.
ALTER TABLE statement_quotes ADD COLUMN wording BIGINT;
DROP INDEX statement_quotes_quote;
CREATE INDEX statement_quotes_quote ON statement_quotes (quote_id, statement_id) INCLUDE (wording);
