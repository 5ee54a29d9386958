-- Full-text search over statements, kept by the database itself: grains write statements as before.
-- English stemming without stop words, so that a query finds what SQLite's porter tokenizer finds (0015 for SQLite)
-- and a query of common words is not silently empty.
CREATE TEXT SEARCH DICTIONARY corpus_english_stem (TEMPLATE = snowball, LANGUAGE = english);
CREATE TEXT SEARCH CONFIGURATION corpus_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION corpus_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH corpus_english_stem;

ALTER TABLE statements ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('corpus_search', text)) STORED;
CREATE INDEX statements_search ON statements USING GIN (search);

-- Statements newest first walk articles by day (see StatementSearch); undated ones sort last, as ''.
CREATE INDEX articles_day ON articles ((COALESCE(substr(published, 1, 10), '')));
