-- Counts the lists show, kept by the database as grains settle articles and attribute statements, so that no list
-- counts over the corpus on a request. Articles count once settled (a copy too, a failed article not).
-- Each row belongs to one writer's keys (a source to the intake, a speaker to its family's grain), so the
-- triggers add no lock that another grain's transaction could hold.
CREATE TABLE source_counts (
    source TEXT PRIMARY KEY,
    articles BIGINT NOT NULL DEFAULT 0,
    statements BIGINT NOT NULL DEFAULT 0
);

-- A speaker's statements per outlet; a row goes when its count reaches zero, so a speaker's outlets are its rows.
CREATE TABLE speaker_sources (
    speaker_id TEXT NOT NULL,
    source TEXT NOT NULL,
    statements BIGINT NOT NULL,
    PRIMARY KEY (speaker_id, source)
);

ALTER TABLE speakers ADD COLUMN statement_count BIGINT NOT NULL DEFAULT 0;
CREATE INDEX speakers_by_statements ON speakers (statement_count DESC, id);

-- A speaker's meetings are found through its family.
CREATE INDEX meeting_participants_family ON meeting_participants (family_key, meeting_id);

-- The distinct outlets of a quote's statements, written by its quote grain; most quotes have one.
ALTER TABLE quotes ADD COLUMN outlets BIGINT NOT NULL DEFAULT 0;
CREATE INDEX quotes_cross_outlet ON quotes (id) WHERE outlets >= 2;

CREATE FUNCTION corpus_count_settled_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.source IS NOT NULL AND NEW.state IN ('settled', 'processed') AND OLD.state NOT IN ('settled', 'processed') THEN
        INSERT INTO source_counts (source, articles) VALUES (NEW.source, 1)
        ON CONFLICT (source) DO UPDATE SET articles = source_counts.articles + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_count_settled AFTER UPDATE OF state ON articles
FOR EACH ROW EXECUTE FUNCTION corpus_count_settled_article();

CREATE FUNCTION corpus_count_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.source IS NOT NULL THEN
        INSERT INTO source_counts (source, statements) VALUES (NEW.source, 1)
        ON CONFLICT (source) DO UPDATE SET statements = source_counts.statements + 1;
    ELSIF TG_OP = 'DELETE' AND OLD.source IS NOT NULL THEN
        UPDATE source_counts SET statements = statements - 1 WHERE source = OLD.source;
    ELSIF TG_OP = 'UPDATE' AND OLD.speaker_id IS NOT DISTINCT FROM NEW.speaker_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.speaker_id IS NOT NULL THEN
        UPDATE speakers SET statement_count = statement_count - 1 WHERE id = OLD.speaker_id;
        UPDATE speaker_sources SET statements = statements - 1 WHERE speaker_id = OLD.speaker_id AND source = OLD.source;
        DELETE FROM speaker_sources WHERE speaker_id = OLD.speaker_id AND source = OLD.source AND statements <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.speaker_id IS NOT NULL THEN
        UPDATE speakers SET statement_count = statement_count + 1 WHERE id = NEW.speaker_id;
        IF NEW.source IS NOT NULL THEN
            INSERT INTO speaker_sources (speaker_id, source, statements) VALUES (NEW.speaker_id, NEW.source, 1)
            ON CONFLICT (speaker_id, source) DO UPDATE SET statements = speaker_sources.statements + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER statements_count AFTER INSERT OR DELETE OR UPDATE OF speaker_id ON statements
FOR EACH ROW EXECUTE FUNCTION corpus_count_statement();

INSERT INTO source_counts (source, articles, statements)
SELECT source, SUM(articles), SUM(statements) FROM (
    SELECT source, COUNT(*) AS articles, 0 AS statements FROM articles
    WHERE source IS NOT NULL AND state IN ('settled', 'processed') GROUP BY source
    UNION ALL
    SELECT source, 0, COUNT(*) FROM statements WHERE source IS NOT NULL GROUP BY source
) counted GROUP BY source;

UPDATE speakers SET statement_count = (SELECT COUNT(*) FROM statements st WHERE st.speaker_id = speakers.id);

INSERT INTO speaker_sources (speaker_id, source, statements)
SELECT speaker_id, source, COUNT(*) FROM statements WHERE speaker_id IS NOT NULL AND source IS NOT NULL GROUP BY speaker_id, source;

UPDATE quotes SET outlets = (
    SELECT COUNT(DISTINCT COALESCE(a.source, a.client_key, a.id)) FROM statements st JOIN articles a ON a.id = st.article_id
    WHERE st.quote_id = quotes.id);
