-- Articles found by their words are listed newest first. Their arrival now sits beside their words, indexed, so that
-- the planner can walk the words newest first and stop at the page's end when a word is common (the statistics of the
-- tsvector column tell it how common), instead of reading every match from the GIN index, joining each to its article
-- and sorting them all, which grows with the corpus. The arrival is filled in by a trigger, whoever stores the words.
ALTER TABLE article_words ADD COLUMN arrival BIGINT;
UPDATE article_words w SET arrival = a.arrival FROM articles a WHERE a.id = w.article_id;
CREATE INDEX article_words_arrival ON article_words (arrival);

CREATE FUNCTION corpus_article_words_arrival() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    NEW.arrival := (SELECT arrival FROM articles WHERE id = NEW.article_id);
    RETURN NEW;
END $$;

CREATE TRIGGER article_words_arrival BEFORE INSERT ON article_words
FOR EACH ROW EXECUTE FUNCTION corpus_article_words_arrival();
