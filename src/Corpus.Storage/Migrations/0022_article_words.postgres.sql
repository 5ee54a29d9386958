-- An article's search words move out of its row into a table of their own. Settling an article and marking it processed
-- rewrite the row (its state is indexed, so PostgreSQL makes a new row version and a new entry in every index): with
-- the words in the row, each of those rewrites added all of the article's words to the GIN index again. SQLite's word
-- index is a table of its own already (articles_fts).
CREATE TABLE article_words (
    article_id TEXT PRIMARY KEY,
    search tsvector NOT NULL
);
INSERT INTO article_words (article_id, search) SELECT id, search FROM articles WHERE search IS NOT NULL;

DROP TRIGGER articles_search ON articles;
DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;

-- A tsvector holds at most 1 MB: the first 200,000 characters of an article are searchable. Words without positions:
-- articles are searched by word prefix, never by phrase or rank.
CREATE OR REPLACE FUNCTION corpus_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_words (article_id, search)
    VALUES (NEW.id, strip(to_tsvector('simple', left(COALESCE(NEW.title, '') || ' ' || COALESCE(NEW.clean_text, ''), 200000))))
    ON CONFLICT (article_id) DO UPDATE SET search = excluded.search;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_search AFTER INSERT OR UPDATE OF title, clean_text ON articles
FOR EACH ROW EXECUTE FUNCTION corpus_article_search();

CREATE INDEX article_words_search ON article_words USING GIN (search);
