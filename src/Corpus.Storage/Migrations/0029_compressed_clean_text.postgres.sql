-- Clean texts stored compressed (Articles/StoredText.cs), and an article's words (article_words) written by the node
-- with its distinct words (Search/Words.cs) instead of a trigger reading the row's text. CompressCleanTexts.cs
-- compresses and indexes the stored rows after this script; 0030 then drops the uncompressed columns.
ALTER TABLE articles ADD COLUMN clean_text_brotli BYTEA;
ALTER TABLE articles ADD COLUMN analyzed_text_brotli BYTEA;

DROP TRIGGER articles_search ON articles;
DROP FUNCTION corpus_article_search();
