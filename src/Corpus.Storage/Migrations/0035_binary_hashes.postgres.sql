-- An article's content and upload hashes are SHA-256: each is kept as its 32 bytes instead of 64 hex digits, in the
-- row and in the content hash's unique index.
ALTER TABLE articles
    ALTER COLUMN content_hash TYPE BYTEA USING decode(content_hash, 'hex'),
    ALTER COLUMN upload_hash TYPE BYTEA USING decode(upload_hash, 'hex');
