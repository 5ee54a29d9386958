-- Uploaded texts stored compressed (Articles/StoredText.cs): the raw text was a sixth of the store. Migrator.cs
-- compresses the stored rows after this script; 0020 then drops the uncompressed columns.
ALTER TABLE articles ADD COLUMN raw_text_brotli BLOB;
ALTER TABLE articles ADD COLUMN raw_html_brotli BLOB;
