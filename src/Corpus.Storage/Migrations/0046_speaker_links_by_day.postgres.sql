-- A speaker's statements newest first without sorting all of them: each speaker link keeps its statement's day (a day
-- number of its article's date, 0 when undated), and the speaker's links are indexed by day, newest first, then
-- statement. A page reads the speaker's newest links and stops at its end. An article keeps the date it was settled
-- with, and a statement is linked after its article is settled. Dates are stored as uploads validate them (yyyy-MM-dd…).
CREATE FUNCTION corpus_day_number(published text) RETURNS integer LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN published ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN substr(published, 1, 10)::date - DATE '0001-01-01' + 1 ELSE 0 END
$$;

ALTER TABLE statement_speakers ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
UPDATE statement_speakers ss SET day = corpus_day_number(a.published)
FROM statements st JOIN articles a ON a.id = st.article_id
WHERE st.id = ss.statement_id AND a.published IS NOT NULL;
DROP INDEX statement_speakers_speaker;
CREATE INDEX statement_speakers_by_day ON statement_speakers (speaker_id, day DESC, statement_id);
