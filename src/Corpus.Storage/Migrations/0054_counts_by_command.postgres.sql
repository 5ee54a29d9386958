-- The counts kept for views are updated once per command instead of once per row. A pass links hundreds of
-- statements to a few speakers, and a row trigger updated a speaker once for each link: a new row version of the
-- speaker each time, with entries in every index of speakers (its count is one of them, so no update was HOT).
-- The triggers now read what a command inserted or deleted (transition tables) and apply the sums, outlets in key
-- order. SQLite keeps its row triggers: they run in the writer's own process.

DROP TRIGGER statements_count ON statements;
DROP FUNCTION corpus_count_statement();

CREATE FUNCTION corpus_count_statements_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_counts (source, statements)
    SELECT source, count(*) FROM added WHERE source IS NOT NULL GROUP BY source ORDER BY source
    ON CONFLICT (source) DO UPDATE SET statements = source_counts.statements + excluded.statements;
    RETURN NULL;
END $$;

CREATE FUNCTION corpus_count_statements_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO source_counts (source, statements)
    SELECT source, -count(*) FROM removed WHERE source IS NOT NULL GROUP BY source ORDER BY source
    ON CONFLICT (source) DO UPDATE SET statements = source_counts.statements + excluded.statements;
    RETURN NULL;
END $$;

CREATE TRIGGER statements_counted_added AFTER INSERT ON statements
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_statements_added();
CREATE TRIGGER statements_counted_removed AFTER DELETE ON statements
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_statements_removed();

DROP TRIGGER statement_speakers_count ON statement_speakers;
DROP FUNCTION corpus_count_statement_speaker();

-- A command's links gained (+1) and lost (-1), applied to the speakers' statement counts and their counts per outlet.
-- The statements are still there when their links go (a statement's links are deleted before it is). The sums are
-- written by SQL in each trigger rather than by a shared function: a function called with arrays was planned
-- generically and cost more per command than the row triggers it replaced.
CREATE FUNCTION corpus_count_speaker_links_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE speakers s SET statement_count = s.statement_count + a.n
    FROM (SELECT speaker_id, count(*) AS n FROM added GROUP BY speaker_id) a WHERE s.id = a.speaker_id;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT a.speaker_id, st.source, count(*) FROM added a JOIN statements st ON st.id = a.statement_id
    WHERE st.source IS NOT NULL GROUP BY a.speaker_id, st.source ORDER BY 1, 2
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = speaker_sources.statements + excluded.statements;
    RETURN NULL;
END $$;

CREATE FUNCTION corpus_count_speaker_links_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE speakers s SET statement_count = s.statement_count - r.n
    FROM (SELECT speaker_id, count(*) AS n FROM removed GROUP BY speaker_id) r WHERE s.id = r.speaker_id;
    UPDATE speaker_sources x SET statements = x.statements - r.n
    FROM (SELECT r.speaker_id, st.source, count(*) AS n FROM removed r JOIN statements st ON st.id = r.statement_id
          WHERE st.source IS NOT NULL GROUP BY r.speaker_id, st.source) r
    WHERE x.speaker_id = r.speaker_id AND x.source = r.source;
    DELETE FROM speaker_sources WHERE speaker_id IN (SELECT speaker_id FROM removed) AND statements <= 0;
    RETURN NULL;
END $$;

-- An ON CONFLICT update rewrites a link whether or not its speaker changed; only the changed ones count.
CREATE FUNCTION corpus_count_speaker_links_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT FROM links_before b JOIN links_after a USING (statement_id) WHERE a.speaker_id <> b.speaker_id) THEN
        RETURN NULL;
    END IF;
    WITH changed AS (
        SELECT b.speaker_id, b.statement_id, -1 AS sign FROM links_before b JOIN links_after a USING (statement_id) WHERE a.speaker_id <> b.speaker_id
        UNION ALL
        SELECT a.speaker_id, a.statement_id, 1 FROM links_before b JOIN links_after a USING (statement_id) WHERE a.speaker_id <> b.speaker_id
    ), by_speaker AS (
        UPDATE speakers s SET statement_count = s.statement_count + c.n
        FROM (SELECT speaker_id, sum(sign) AS n FROM changed GROUP BY speaker_id) c WHERE s.id = c.speaker_id AND c.n <> 0
    )
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT c.speaker_id, st.source, sum(c.sign) FROM changed c JOIN statements st ON st.id = c.statement_id
    WHERE st.source IS NOT NULL GROUP BY c.speaker_id, st.source ORDER BY 1, 2
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = speaker_sources.statements + excluded.statements;
    DELETE FROM speaker_sources WHERE speaker_id IN (SELECT speaker_id FROM links_before) AND statements <= 0;
    RETURN NULL;
END $$;

CREATE TRIGGER statement_speakers_counted_added AFTER INSERT ON statement_speakers
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_speaker_links_added();
CREATE TRIGGER statement_speakers_counted_removed AFTER DELETE ON statement_speakers
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_speaker_links_removed();
CREATE TRIGGER statement_speakers_counted_moved AFTER UPDATE ON statement_speakers
REFERENCING OLD TABLE AS links_before NEW TABLE AS links_after FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_speaker_links_moved();
