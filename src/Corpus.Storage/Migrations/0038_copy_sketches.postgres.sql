-- Each settled article's copy sketch (Corpus.Text CopySketch), read with its candidates to rule most of them out before
-- their texts are read; articles settled before this have none and are always compared.
ALTER TABLE articles ADD COLUMN copy_sketch BYTEA;
