-- Uploaded texts stored compressed (Articles/StoredText.cs), as SQLite stores them: one way to store and read them.
-- Migrator.cs compresses the stored rows after this script; 0020 then drops the uncompressed columns.
ALTER TABLE articles ADD COLUMN raw_text_brotli BYTEA;
ALTER TABLE articles ADD COLUMN raw_html_brotli BYTEA;
