-- A taken-in article's raw text is stored in one compressed stream with its clean text (Articles/StoredText.cs), where
-- it takes a few bytes more than the clean text alone, instead of apart. StoreRawWithCleanTexts.cs rewrites the stored
-- rows after this script; the columns stay as they are.
SELECT 1;
