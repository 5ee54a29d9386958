-- A key uploaded again with other content is refused instead of being counted as a duplicate. upload_hash is the hash
-- of the fields the upload gave (see UploadedContent); settling rewrites title, source and published, so articles
-- stored before this migration have none and are compared on what settling leaves alone: content_hash and url.
ALTER TABLE articles ADD COLUMN upload_hash TEXT;

-- An upload is complete once every article of its body is stored; articles are stored only after the whole body is
-- read, so an incomplete upload is one whose store was interrupted (a node stopped). Uploads before this were complete.
ALTER TABLE uploads ADD COLUMN complete BIGINT NOT NULL DEFAULT 1;
CREATE INDEX uploads_newest ON uploads (created_at, id);

-- Idempotency-Key of POST /api/uploads, per client (its API key's name; empty when the API is open). The row is
-- written with the upload's first batch, the receipt with its last, so a re-send finds either the answer or the
-- upload to finish.
CREATE TABLE upload_requests (
    client TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    upload_id TEXT NOT NULL,
    receipt TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (client, idempotency_key)
);
