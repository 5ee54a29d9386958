-- Uploaded texts stored compressed (Articles/StoredText.cs). Migrator.cs
-- compresses the stored rows after this script; 0020 then drops the uncompressed columns.
ALTER TABLE articles ADD COLUMN raw_text_brotli BLOB;
ALTER TABLE articles ADD COLUMN raw_html_brotli BLOB;
