-- How many of each upload's articles are processed and how many failed, kept by the database as articles change state,
-- so that the upload list counts nothing on a request. Articles only move forward (queued, settled, then processed or
-- failed), each change in the transaction that makes it, so the counts stay exact however often a pass is retried.
CREATE TABLE upload_progress (
    upload_id TEXT PRIMARY KEY,
    processed BIGINT NOT NULL DEFAULT 0,
    failed BIGINT NOT NULL DEFAULT 0
);

CREATE TRIGGER articles_upload_progress AFTER UPDATE OF state ON articles
WHEN old.state <> new.state AND (old.state IN ('processed', 'failed') OR new.state IN ('processed', 'failed'))
BEGIN
    INSERT INTO upload_progress (upload_id, processed, failed)
    VALUES (new.upload_id, (new.state = 'processed') - (old.state = 'processed'), (new.state = 'failed') - (old.state = 'failed'))
    ON CONFLICT (upload_id) DO UPDATE SET processed = processed + excluded.processed, failed = failed + excluded.failed;
END;

-- Articles are stored queued; one stored otherwise counts too.
CREATE TRIGGER articles_upload_progress_new AFTER INSERT ON articles
WHEN new.state IN ('processed', 'failed')
BEGIN
    INSERT INTO upload_progress (upload_id, processed, failed) VALUES (new.upload_id, new.state = 'processed', new.state = 'failed')
    ON CONFLICT (upload_id) DO UPDATE SET processed = processed + excluded.processed, failed = failed + excluded.failed;
END;

INSERT INTO upload_progress (upload_id, processed, failed)
SELECT upload_id, SUM(state = 'processed'), SUM(state = 'failed') FROM articles WHERE state IN ('processed', 'failed') GROUP BY upload_id;
