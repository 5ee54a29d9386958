-- Word-prefix search over speakers' names and aliases and over articles' titles and clean text (0017 for SQLite).
-- Kept by triggers that fire only when the searched columns change: settling and marking articles processed
-- rewrite other columns of the row, and must not index its text again.
ALTER TABLE speakers ADD COLUMN search tsvector;
ALTER TABLE articles ADD COLUMN search tsvector;

CREATE FUNCTION corpus_speaker_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := to_tsvector('simple', NEW.name || ' ' || NEW.aliases);
    RETURN NEW;
END $$;

-- A tsvector holds at most 1 MB: the first 200,000 characters of an article are searchable.
CREATE FUNCTION corpus_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := to_tsvector('simple', left(COALESCE(NEW.title, '') || ' ' || COALESCE(NEW.clean_text, ''), 200000));
    RETURN NEW;
END $$;

CREATE TRIGGER speakers_search BEFORE INSERT OR UPDATE OF name, aliases ON speakers
FOR EACH ROW EXECUTE FUNCTION corpus_speaker_search();

CREATE TRIGGER articles_search BEFORE INSERT OR UPDATE OF title, clean_text ON articles
FOR EACH ROW EXECUTE FUNCTION corpus_article_search();

UPDATE speakers SET name = name;
UPDATE articles SET title = title;

CREATE INDEX speakers_search ON speakers USING GIN (search);
CREATE INDEX articles_search ON articles USING GIN (search);
