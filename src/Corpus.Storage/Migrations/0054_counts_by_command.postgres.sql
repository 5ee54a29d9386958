-- The counts kept for views are updated once per command instead of once per row. A pass's statements are inserted
-- in one command, and a speaker family links its statements in one; a row trigger updated an outlet's count once per
-- statement and a speaker once per link: a new row version of the speaker each time, with entries in every index of
-- speakers (its count is one of them, so no such update was HOT).
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
-- The statements are still there when their links go (a statement's links are deleted before it is). Every row is
-- found through its key (a speaker by id, an outlet's count by its upsert, a statement's outlet by a subquery per
-- link): a function's plans are kept for the session, and a join planned while the tables were small stays a scan of
-- the whole table as they grow.
CREATE FUNCTION corpus_count_speaker_links(speaker_ids TEXT[], statement_ids TEXT[], signs INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    change RECORD;
BEGIN
    FOR change IN
        SELECT speaker_id, sum(sign) AS n FROM unnest(speaker_ids, signs) AS c(speaker_id, sign) GROUP BY speaker_id ORDER BY speaker_id
    LOOP
        UPDATE speakers SET statement_count = statement_count + change.n WHERE id = change.speaker_id AND change.n <> 0;
    END LOOP;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT speaker_id, source, sum(sign) FROM (
        SELECT c.speaker_id, c.sign, (SELECT st.source FROM statements st WHERE st.id = c.statement_id) AS source
        FROM unnest(speaker_ids, statement_ids, signs) AS c(speaker_id, statement_id, sign)
    ) l
    WHERE source IS NOT NULL GROUP BY speaker_id, source ORDER BY 1, 2
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = speaker_sources.statements + excluded.statements;
    IF -1 = ANY (signs) THEN
        FOR change IN SELECT DISTINCT speaker_id FROM unnest(speaker_ids) AS c(speaker_id) LOOP
            DELETE FROM speaker_sources WHERE speaker_id = change.speaker_id AND statements <= 0;
        END LOOP;
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

-- An ON CONFLICT update rewrites a link whether or not its speaker changed; only the changed ones count.
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
