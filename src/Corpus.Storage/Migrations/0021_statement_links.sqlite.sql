-- A statement's speaker, quote and meeting move out of its row into a table each (0021 for PostgreSQL). They are written
-- by different grains (a speaker family, a speaker's quotes, a meeting) at about the same time: in one row, every such
-- write rewrote the whole statement and, on PostgreSQL, waited for the other grains' row locks.
CREATE TABLE statement_speakers (
    statement_id TEXT PRIMARY KEY,
    speaker_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX statement_speakers_speaker ON statement_speakers (speaker_id, statement_id);

CREATE TABLE statement_quotes (
    statement_id TEXT PRIMARY KEY,
    quote_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX statement_quotes_quote ON statement_quotes (quote_id, statement_id);

CREATE TABLE statement_meetings (
    statement_id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX statement_meetings_meeting ON statement_meetings (meeting_id, statement_id);

-- The kept counts are right as they stand: the links are copied before the triggers that count them exist.
INSERT INTO statement_speakers (statement_id, speaker_id) SELECT id, speaker_id FROM statements WHERE speaker_id IS NOT NULL;
INSERT INTO statement_quotes (statement_id, quote_id) SELECT id, quote_id FROM statements WHERE quote_id IS NOT NULL;
INSERT INTO statement_meetings (statement_id, meeting_id) SELECT id, meeting_id FROM statements WHERE meeting_id IS NOT NULL;

DROP TRIGGER statements_count_insert;
DROP TRIGGER statements_count_delete;
DROP TRIGGER statements_count_speaker;
DROP INDEX statements_speaker;
DROP INDEX statements_meeting;
DROP INDEX statements_quote;
-- Rows keep their rowids, which link them to statements_fts.
ALTER TABLE statements DROP COLUMN speaker_id;
ALTER TABLE statements DROP COLUMN meeting_id;
ALTER TABLE statements DROP COLUMN quote_id;

CREATE TRIGGER statements_count_insert AFTER INSERT ON statements WHEN new.source IS NOT NULL BEGIN
    INSERT INTO source_counts (source, statements) VALUES (new.source, 1)
    ON CONFLICT (source) DO UPDATE SET statements = statements + 1;
END;

-- A statement's links go before it does, while its outlet can still be read for its speaker's counts.
CREATE TRIGGER statements_unlink BEFORE DELETE ON statements BEGIN
    DELETE FROM statement_speakers WHERE statement_id = old.id;
    DELETE FROM statement_quotes WHERE statement_id = old.id;
    DELETE FROM statement_meetings WHERE statement_id = old.id;
END;

CREATE TRIGGER statements_count_delete AFTER DELETE ON statements WHEN old.source IS NOT NULL BEGIN
    UPDATE source_counts SET statements = statements - 1 WHERE source = old.source;
END;

CREATE TRIGGER statement_speakers_count_insert AFTER INSERT ON statement_speakers BEGIN
    UPDATE speakers SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT new.speaker_id, st.source, 1 FROM statements st WHERE st.id = new.statement_id AND st.source IS NOT NULL
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = statements + 1;
END;

CREATE TRIGGER statement_speakers_count_delete AFTER DELETE ON statement_speakers BEGIN
    UPDATE speakers SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
    UPDATE speaker_sources SET statements = statements - 1
    WHERE speaker_id = old.speaker_id AND source = (SELECT source FROM statements WHERE id = old.statement_id);
    DELETE FROM speaker_sources
    WHERE speaker_id = old.speaker_id AND source = (SELECT source FROM statements WHERE id = old.statement_id) AND statements <= 0;
END;

CREATE TRIGGER statement_speakers_count_update AFTER UPDATE OF speaker_id ON statement_speakers
WHEN old.speaker_id IS NOT new.speaker_id BEGIN
    UPDATE speakers SET statement_count = statement_count - 1 WHERE id = old.speaker_id;
    UPDATE speaker_sources SET statements = statements - 1
    WHERE speaker_id = old.speaker_id AND source = (SELECT source FROM statements WHERE id = old.statement_id);
    DELETE FROM speaker_sources
    WHERE speaker_id = old.speaker_id AND source = (SELECT source FROM statements WHERE id = old.statement_id) AND statements <= 0;
    UPDATE speakers SET statement_count = statement_count + 1 WHERE id = new.speaker_id;
    INSERT INTO speaker_sources (speaker_id, source, statements)
    SELECT new.speaker_id, st.source, 1 FROM statements st WHERE st.id = new.statement_id AND st.source IS NOT NULL
    ON CONFLICT (speaker_id, source) DO UPDATE SET statements = statements + 1;
END;
