-- Counts the lists show, kept by the database as grains settle articles and attribute statements, so that no list
-- counts over the corpus on a request. Articles count once settled (a copy too, a failed article not).
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

CREATE TRIGGER articles_count_settled AFTER UPDATE OF state ON articles
WHEN new.source IS NOT NULL AND new.state IN ('settled', 'processed') AND old.state NOT IN ('settled', 'processed')
BEGIN
    INSERT INTO source_counts (source, articles) VALUES (new.source, 1)
    ON CONFLICT (source) DO UPDATE SET articles = articles + 1;
END;

CREATE TRIGGER statements_count_insert AFTER INSERT ON statements BEGIN
    INSERT INTO source_counts (source, statements) SELECT new.source, 1 WHERE new.source IS NOT NULL
    ON CONFLICT (source) DO UPDATE SET statements = statements + 1;
    UPDATE speakers SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT new.speaker_id, new.source, 1 WHERE new.speaker_id IS NOT NULL AND new.source IS NOT NULL
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statements_count_delete AFTER DELETE ON statements BEGIN
    UPDATE source_counts SET statements = statements - 1 WHERE source = old.source;
    UPDATE speakers SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
    UPDATE speaker_sources SET statements = statements - 1 WHERE speaker_id = old.speaker_id AND source = old.source;
    DELETE FROM speaker_sources WHERE speaker_id = old.speaker_id AND source = old.source AND statements <= 0;
END;

CREATE TRIGGER statements_count_speaker AFTER UPDATE OF speaker_id ON statements WHEN old.speaker_id IS NOT new.speaker_id BEGIN
    UPDATE speakers SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
    UPDATE speaker_sources SET statements = statements - 1 WHERE speaker_id = old.speaker_id AND source = old.source;
    DELETE FROM speaker_sources WHERE speaker_id = old.speaker_id AND source = old.source AND statements <= 0;
    UPDATE speakers SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT new.speaker_id, new.source, 1 WHERE new.speaker_id IS NOT NULL AND new.source IS NOT NULL
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = statements + 1;
END;

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
