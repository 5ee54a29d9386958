-- A speaker's statements newest first without sorting all of them: each speaker link keeps its statement's day (the
-- Julian day number of its article's date, 0 when undated, as statements_fts keys it in 0044), and the speaker's links
-- are indexed by day, newest first, then statement. A page reads the speaker's newest links and stops at its end.
-- An article keeps the date it was settled with, and a statement is linked after its article is settled.
ALTER TABLE statement_speakers ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
UPDATE statement_speakers SET day = COALESCE((
    SELECT CAST(julianday(substr(a.published, 1, 10)) AS INTEGER)
    FROM statements st JOIN articles a ON a.id = st.article_id
    WHERE st.id = statement_speakers.statement_id), 0);
DROP INDEX statement_speakers_speaker;
CREATE INDEX statement_speakers_by_day ON statement_speakers (speaker_id, day DESC, statement_id);
