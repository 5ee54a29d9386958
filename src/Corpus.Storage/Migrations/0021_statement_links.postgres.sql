-- A statement's speaker, quote and meeting move out of its row into a table each (0021 for SQLite). They are written by
-- different grains (a speaker family, a speaker's quotes, a meeting) at about the same time: in one row, every such
-- write took the statement's row lock, waited for the other grains' transactions, and deadlocked with them now and then.
CREATE TABLE statement_speakers (
    statement_id TEXT PRIMARY KEY,
    speaker_id TEXT NOT NULL
);
CREATE INDEX statement_speakers_speaker ON statement_speakers (speaker_id, statement_id);

CREATE TABLE statement_quotes (
    statement_id TEXT PRIMARY KEY,
    quote_id TEXT NOT NULL
);
CREATE INDEX statement_quotes_quote ON statement_quotes (quote_id, statement_id);

CREATE TABLE statement_meetings (
    statement_id TEXT PRIMARY KEY,
    meeting_id TEXT NOT NULL
);
CREATE INDEX statement_meetings_meeting ON statement_meetings (meeting_id, statement_id);

-- The kept counts are right as they stand: the links are copied before the triggers that count them exist.
INSERT INTO statement_speakers (statement_id, speaker_id) SELECT id, speaker_id FROM statements WHERE speaker_id IS NOT NULL;
INSERT INTO statement_quotes (statement_id, quote_id) SELECT id, quote_id FROM statements WHERE quote_id IS NOT NULL;
INSERT INTO statement_meetings (statement_id, meeting_id) SELECT id, meeting_id FROM statements WHERE meeting_id IS NOT NULL;

DROP TRIGGER statements_count ON statements;
DROP FUNCTION corpus_count_statement();
ALTER TABLE statements DROP COLUMN speaker_id, DROP COLUMN meeting_id, DROP COLUMN quote_id;

CREATE FUNCTION corpus_count_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.source IS NOT NULL THEN
        INSERT INTO source_counts (source, statements) VALUES (NEW.source, 1)
        ON CONFLICT (source) DO UPDATE SET statements = source_counts.statements + 1;
    ELSIF TG_OP = 'DELETE' AND OLD.source IS NOT NULL THEN
        UPDATE source_counts SET statements = statements - 1 WHERE source = OLD.source;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER statements_count AFTER INSERT OR DELETE ON statements
FOR EACH ROW EXECUTE FUNCTION corpus_count_statement();

-- A statement's links go before it does, while its outlet can still be read for its speaker's counts.
CREATE FUNCTION corpus_unlink_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM statement_speakers WHERE statement_id = OLD.id;
    DELETE FROM statement_quotes WHERE statement_id = OLD.id;
    DELETE FROM statement_meetings WHERE statement_id = OLD.id;
    RETURN OLD;
END $$;

CREATE TRIGGER statements_unlink BEFORE DELETE ON statements
FOR EACH ROW EXECUTE FUNCTION corpus_unlink_statement();

CREATE FUNCTION corpus_count_statement_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    outlet TEXT := (SELECT source FROM statements WHERE id = COALESCE(NEW.statement_id, OLD.statement_id));
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.speaker_id = NEW.speaker_id THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE speakers SET statement_count = statement_count - 1 WHERE id = OLD.speaker_id;
        UPDATE speaker_sources SET statements = statements - 1 WHERE speaker_id = OLD.speaker_id AND source = outlet;
        DELETE FROM speaker_sources WHERE speaker_id = OLD.speaker_id AND source = outlet AND statements <= 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        UPDATE speakers SET statement_count = statement_count + 1 WHERE id = NEW.speaker_id;
        IF outlet IS NOT NULL THEN
            INSERT INTO speaker_sources (speaker_id, source, statements) VALUES (NEW.speaker_id, outlet, 1)
            ON CONFLICT (speaker_id, source) DO UPDATE SET statements = speaker_sources.statements + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER statement_speakers_count AFTER INSERT OR DELETE OR UPDATE OF speaker_id ON statement_speakers
FOR EACH ROW EXECUTE FUNCTION corpus_count_statement_speaker();
