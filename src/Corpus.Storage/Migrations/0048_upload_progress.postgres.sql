-- How many of each upload's articles are processed and how many failed, kept by the database as articles change state,
-- so that the upload list counts nothing on a request. Articles only move forward (queued, settled, then processed or
-- failed), each change in the transaction that makes it, so the counts stay exact however often a pass is retried.
-- Only the intake changes states, but a pass being finished and the next being stored are two transactions that can
-- meet on an upload's row; a deadlock between them is retried whole by the store writer, as for the other counts.
CREATE TABLE upload_progress (
    upload_id TEXT PRIMARY KEY,
    processed BIGINT NOT NULL DEFAULT 0,
    failed BIGINT NOT NULL DEFAULT 0
);

CREATE FUNCTION corpus_count_upload_progress() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was TEXT := CASE WHEN TG_OP = 'UPDATE' THEN OLD.state END;
BEGIN
    INSERT INTO upload_progress (upload_id, processed, failed)
    VALUES (NEW.upload_id,
            (NEW.state = 'processed')::int - (was IS NOT DISTINCT FROM 'processed')::int,
            (NEW.state = 'failed')::int - (was IS NOT DISTINCT FROM 'failed')::int)
    ON CONFLICT (upload_id) DO UPDATE SET processed = upload_progress.processed + excluded.processed, failed = upload_progress.failed + excluded.failed;
    RETURN NULL;
END $$;

CREATE TRIGGER articles_upload_progress AFTER UPDATE OF state ON articles
FOR EACH ROW WHEN (OLD.state <> NEW.state AND (OLD.state IN ('processed', 'failed') OR NEW.state IN ('processed', 'failed')))
EXECUTE FUNCTION corpus_count_upload_progress();

-- Articles are stored queued; one stored otherwise counts too.
CREATE TRIGGER articles_upload_progress_new AFTER INSERT ON articles
FOR EACH ROW WHEN (NEW.state IN ('processed', 'failed'))
EXECUTE FUNCTION corpus_count_upload_progress();

INSERT INTO upload_progress (upload_id, processed, failed)
SELECT upload_id, COUNT(*) FILTER (WHERE state = 'processed'), COUNT(*) FILTER (WHERE state = 'failed')
FROM articles WHERE state IN ('processed', 'failed') GROUP BY upload_id;
