-- The counts kept for views are updated once per command instead of once per row. A pass links hundreds of
-- statements to a few speakers, and a row trigger updated a speaker once for each link: a new row version of the
-- speaker each time, with entries in every index of speakers (its count is one of them, so no update was HOT).
-- The triggers now read what a command inserted or deleted (transition tables) and apply the sums, speakers and
-- outlets in key order so that concurrent writers lock them in one order. SQLite keeps its row triggers: they run in
-- the writer's own process.

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

-- Applies links gained (+1) and lost (-1) to the speakers' statement counts and their counts per outlet; the
-- statements are still there (a statement's links are deleted before it is).
CREATE FUNCTION corpus_count_speaker_links(speaker_ids TEXT[], statement_ids TEXT[], signs INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM speakers WHERE id = ANY (speaker_ids) ORDER BY id FOR NO KEY UPDATE;
    UPDATE speakers s SET statement_count = s.statement_count + l.n
    FROM (SELECT speaker_id, sum(sign) AS n FROM unnest(speaker_ids, signs) AS c(speaker_id, sign) GROUP BY speaker_id) l
    WHERE s.id = l.speaker_id AND l.n <> 0;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT c.speaker_id, st.source, sum(c.sign)
    FROM unnest(speaker_ids, statement_ids, signs) AS c(speaker_id, statement_id, sign) JOIN statements st ON st.id = c.statement_id
    WHERE st.source IS NOT NULL GROUP BY c.speaker_id, st.source ORDER BY 1, 2
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = speaker_sources.statements + excluded.statements;
    IF -1 = ANY (signs) THEN
        DELETE FROM speaker_sources WHERE speaker_id = ANY (speaker_ids) AND statements <= 0;
    END IF;
END $$;

CREATE FUNCTION corpus_count_speaker_links_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM corpus_count_speaker_links(array_agg(speaker_id), array_agg(statement_id), array_agg(1)) FROM added HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE FUNCTION corpus_count_speaker_links_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM corpus_count_speaker_links(array_agg(speaker_id), array_agg(statement_id), array_agg(-1)) FROM removed HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE FUNCTION corpus_count_speaker_links_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM corpus_count_speaker_links(array_agg(c.speaker_id), array_agg(c.statement_id), array_agg(c.sign))
    FROM (
        SELECT b.speaker_id, b.statement_id, -1 AS sign FROM links_before b JOIN links_after a USING (statement_id) WHERE a.speaker_id <> b.speaker_id
        UNION ALL
        SELECT a.speaker_id, a.statement_id, 1 FROM links_before b JOIN links_after a USING (statement_id) WHERE a.speaker_id <> b.speaker_id
    ) c
    HAVING count(*) > 0;
    RETURN NULL;
END $$;

CREATE TRIGGER statement_speakers_counted_added AFTER INSERT ON statement_speakers
REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_speaker_links_added();
CREATE TRIGGER statement_speakers_counted_removed AFTER DELETE ON statement_speakers
REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_speaker_links_removed();
CREATE TRIGGER statement_speakers_counted_moved AFTER UPDATE ON statement_speakers
REFERENCING OLD TABLE AS links_before NEW TABLE AS links_after FOR EACH STATEMENT EXECUTE FUNCTION corpus_count_speaker_links_moved();
