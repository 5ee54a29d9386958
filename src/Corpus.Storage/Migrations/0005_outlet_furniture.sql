-- The articles that kept a paragraph while it was still below the boilerplate threshold (space-separated ids),
-- so that when it crosses the threshold they lose it too and the result does not depend on arrival order.
ALTER TABLE source_paragraphs ADD COLUMN pending TEXT NOT NULL DEFAULT '';

-- The clean text as analysed, before the outlet's recurring paragraphs were taken out; null when none were.
-- Near-duplicates are confirmed against it, so that what an outlet has learnt so far never changes a match.
ALTER TABLE articles ADD COLUMN analyzed_text TEXT;
