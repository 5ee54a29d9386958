-- Clean texts come before their raw texts in the stored streams (Articles/StoredText.cs), so that views that read a
-- clean text stop decompressing at its end; StoreCleanTextsFirst.cs rewrites the stored rows after this script.
SELECT 1;
