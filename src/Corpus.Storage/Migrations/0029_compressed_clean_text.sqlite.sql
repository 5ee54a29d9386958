-- Clean texts stored compressed (Articles/StoredText.cs), and the article word index fed by the node with each
-- article's distinct words (Search/Words.cs) instead of tokenising the whole text in the writer's transaction: it no
-- longer reads the text from the row, so it holds no copy of it (contentless). CompressCleanTexts.cs compresses and
-- indexes the stored rows after this script; 0030 then drops the uncompressed columns.
ALTER TABLE articles ADD COLUMN clean_text_brotli BLOB;
ALTER TABLE articles ADD COLUMN analyzed_text_brotli BLOB;

DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;

-- Rows are the articles' rowids; detail=none: which articles hold a word, not where.
CREATE VIRTUAL TABLE article_words USING fts5(
    words, content = '', contentless_delete = 1, detail = none, tokenize = 'unicode61 remove_diacritics 0'
);

