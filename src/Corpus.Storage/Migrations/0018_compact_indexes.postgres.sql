-- Smaller indexes for a corpus of millions of articles (0018 for SQLite). Articles are searched by word prefix and
-- listed in upload order, never by phrase or rank: their search vector keeps the words without their positions.
CREATE OR REPLACE FUNCTION corpus_article_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := strip(to_tsvector('simple', left(COALESCE(NEW.title, '') || ' ' || COALESCE(NEW.clean_text, ''), 200000)));
    RETURN NEW;
END $$;

UPDATE articles SET search = strip(search) WHERE search IS NOT NULL;
