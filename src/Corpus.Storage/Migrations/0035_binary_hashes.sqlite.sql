-- An article's content and upload hashes are SHA-256: each is kept as its 32 bytes instead of 64 hex digits, in the
-- row and in the content hash's unique index. The columns keep their declared type: SQLite stores a blob as given.
UPDATE articles SET content_hash = unhex(content_hash), upload_hash = unhex(upload_hash);
