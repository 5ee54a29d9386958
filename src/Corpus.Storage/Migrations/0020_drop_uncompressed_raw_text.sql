-- Every stored raw text is compressed by now (0019).
ALTER TABLE articles DROP COLUMN raw_text;
ALTER TABLE articles DROP COLUMN raw_html;
