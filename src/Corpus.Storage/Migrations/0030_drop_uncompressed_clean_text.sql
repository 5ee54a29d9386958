-- Every stored clean text is compressed and indexed by now (0029).
ALTER TABLE articles DROP COLUMN clean_text;
ALTER TABLE articles DROP COLUMN analyzed_text;
